import { z } from 'zod';
import { CHAT_LIMITS } from './limits';

export const roomTypeSchema = z.enum(['public', 'private', 'dm']);
export type RoomType = z.infer<typeof roomTypeSchema>;

export const messageTextSchema = z
  .string()
  .refine((t) => t.trim().length > 0, 'Write something first.')
  .refine((t) => t.length <= CHAT_LIMITS.messageMax, `Messages are limited to ${CHAT_LIMITS.messageMax} characters.`);

export const newRoomSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the room a name.')
    .max(CHAT_LIMITS.roomNameMax, `Room names are limited to ${CHAT_LIMITS.roomNameMax} characters.`),
  topic: z
    .string()
    .trim()
    .max(CHAT_LIMITS.roomTopicMax, `Topics are limited to ${CHAT_LIMITS.roomTopicMax} characters.`),
  type: z.enum(['public', 'private']),
});
export type NewRoom = z.infer<typeof newRoomSchema>;
