/**
 * One notification shape for every capability. Producers (functions) write
 * `notifications/{uid}/items/{id}` with a deterministic id so a redelivered event cannot notify
 * twice; the client renders `type` + actor name and opens `link`.
 */
export const NOTIFICATION_TYPES = [
  'mention',
  'reply',
  'dm',
  'follow',
  'follow_request',
  'follow_accepted',
  'like',
  'comment',
  'comment_reply',
  'content_flagged',
  'content_removed',
  'certificate_issued',
  'certificate_minted',
  'certificate_mint_failed',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export function isNotificationType(value: unknown): value is NotificationType {
  return typeof value === 'string' && (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

/** What a function writes (createdAt is a server timestamp added by the writer). */
export interface NotificationFields {
  type: NotificationType;
  /** Who caused it; null for system notifications (moderation, certificates). */
  actorId: string | null;
  /** In-app path to open, e.g. `/chat/abc`, `/posts/xyz`, `/certificates/uid_course`. */
  link: string;
  /** Free-form ids of what it is about, e.g. { roomId, messageId } or { postId }. */
  target: Record<string, string>;
  /** A short preview of the content (≤ 140 chars), or a title. */
  excerpt: string;
  read: false;
}

export const NOTIFICATION_EXCERPT_MAX = 140;

export function notificationFields(
  fields: Omit<NotificationFields, 'read' | 'excerpt'> & { excerpt?: string },
): NotificationFields {
  return { ...fields, excerpt: (fields.excerpt ?? '').slice(0, NOTIFICATION_EXCERPT_MAX), read: false };
}
