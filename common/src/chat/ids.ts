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
