/** One DM room per pair of users: the same id whoever starts the conversation. */
export function dmRoomId(a: string, b: string): string {
  if (!a || !b || a === b) throw new Error('A direct message needs two different users.');
  return a < b ? `dm_${a}_${b}` : `dm_${b}_${a}`;
}

export function isDmRoomId(roomId: string): boolean {
  return roomId.startsWith('dm_');
}

/** Deterministic notification ids make the message trigger idempotent. */
export function notificationId(messageId: string, kind: 'mention' | 'reply' | 'dm'): string {
  return `${kind}_${messageId}`;
}

/** The fields of a new message, exactly as the rules require on create. */
export function newMessageFields<T>(
  authorId: string,
  text: string,
  createdAt: T,
  extra: { replyTo?: { messageId: string; authorId: string; excerpt: string } | null; mentions?: string[] } = {},
) {
  return {
    authorId,
    text,
    createdAt,
    editedAt: null,
    deleted: false,
    reactions: {},
    replyTo: extra.replyTo ?? null,
    mentions: extra.mentions ?? [],
    // Set by moderation (functions only); every message has it so others can query hidden == false.
    hidden: false,
  };
}
