/** Chat limits, mirrored by firestore.rules (the rules tests assert the same numbers). */
export const CHAT_LIMITS = {
  messageMax: 4000,
  roomNameMax: 60,
  roomTopicMax: 200,
  membersMax: 200,
  mentionsMax: 20,
  reactionsPerUserMax: 10,
  emojiMax: 16,
  /** A member may post in a room at most once per this many milliseconds (enforced by rules). */
  minMessageIntervalMs: 1000,
  pageSize: 50,
  typingTtlMs: 6000,
} as const;

/** Presence timings; tests shorten them through the app config. */
export const PRESENCE_DEFAULTS = {
  heartbeatMs: 30_000,
  /** Without a heartbeat for this long, a user counts as offline. */
  staleAfterMs: 75_000,
} as const;
