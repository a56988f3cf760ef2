/** UTC day and week keys used by counters, activity and rollups ("2026-12-01"). */
const DAY_MS = 86_400_000;

export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayStart(key: string): number {
  return Date.parse(`${key}T00:00:00.000Z`);
}

export function addDays(key: string, days: number): string {
  return dayKey(dayStart(key) + days * DAY_MS);
}

/** The Monday (UTC) of the week containing the day: cohorts are grouped by it. */
export function weekKey(day: string): string {
  const weekday = (new Date(dayStart(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Whole weeks from one week key to another. */
export function weeksBetween(fromWeek: string, toWeek: string): number {
  return Math.round((dayStart(toWeek) - dayStart(fromWeek)) / (7 * DAY_MS));
}

/** The day an event is counted on: the client's time unless it is in the future or too old. */
export function eventDay(clientAt: number, serverAt: number, maxDelayMs: number): string {
  const usable = clientAt <= serverAt + 60_000 && clientAt >= serverAt - maxDelayMs;
  return dayKey(usable ? Math.min(clientAt, serverAt) : serverAt);
}

/** A stable shard in [0, shards) for a key (FNV-1a), so a batch always lands on the same shard. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
