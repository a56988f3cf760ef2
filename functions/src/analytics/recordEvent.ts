import { createHash } from 'node:crypto';
import { parseEvent, type AnalyticsEventName, type EventPayload } from '@aether/common';
import type { Firestore } from 'firebase-admin/firestore';
import { applyEvents, type ApplyResult } from './applyEvents';

export interface ServerEvent<N extends AnalyticsEventName> {
  /**
   * A business key that is the same on every retry of the action being recorded, e.g.
   * `msg_<messageId>` or `enrol_<uid>_<courseId>`: it makes recordEvent idempotent.
   */
  id: string;
  name: N;
  uid: string;
  props: EventPayload<N>;
  /** When it happened (ms); defaults to now. */
  at?: number;
}

/**
 * Server-side tracking for functions (sign-ups, messages, posts, generations, enrolments,
 * completions, certificates): counted straight into the aggregates, exactly once per event id.
 * Safe to call from a trigger that may be redelivered. Throws on an event outside the catalog.
 */
export async function recordEvent<N extends AnalyticsEventName>(
  db: Firestore,
  event: ServerEvent<N>,
): Promise<ApplyResult> {
  const now = Date.now();
  const safe = event.id.replace(/[^A-Za-z0-9_-]/g, '-');
  // Ids are at most 64 characters: a longer business key keeps its start and gains a digest of the
  // whole, so two keys that differ only at the end never collide.
  const id = (
    safe.length <= 64
      ? safe
      : `${safe.slice(0, 47)}_${createHash('sha256').update(event.id).digest('hex').slice(0, 16)}`
  ).padEnd(8, '_');
  const parsed = parseEvent({ id, name: event.name, at: event.at ?? now, props: event.props });
  if (!parsed) throw new Error(`recordEvent: "${event.name}" does not match the analytics catalog`);
  return applyEvents(db, [{ ...parsed, uid: event.uid }], now, `srv_${event.uid}_${id}`);
}
