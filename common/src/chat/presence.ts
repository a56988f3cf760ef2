import { PRESENCE_DEFAULTS } from './limits';

export type PresenceState = 'online' | 'away' | 'offline';

export interface PresenceRecord {
  state: PresenceState;
  /** Epoch ms of the last heartbeat, or null while the server timestamp is pending. */
  lastSeen: number | null;
}

/**
 * What others should see: a stored "online" whose heartbeat stopped (closed laptop, crashed tab)
 * is really offline, even before the scheduled sweep writes it down.
 */
export function effectivePresence(
  record: PresenceRecord | null | undefined,
  now: number,
  staleAfterMs: number = PRESENCE_DEFAULTS.staleAfterMs,
): PresenceState {
  if (!record) return 'offline';
  if (record.state === 'offline') return 'offline';
  if (record.lastSeen === null) return record.state; // our own write, not yet confirmed
  return now - record.lastSeen > staleAfterMs ? 'offline' : record.state;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago". */
export function lastSeenLabel(lastSeen: number | null, now: number): string {
  if (lastSeen === null) return 'never';
  const minutes = Math.floor((now - lastSeen) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}
