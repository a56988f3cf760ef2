import {
  ANALYTICS_LIMITS,
  eventDay,
  FUNNEL_STAGES,
  shardOf,
  type AnalyticsEvent,
  type FunnelStage,
} from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';

/** An event with its user: a client batch's uid, or the uid a function records it for. */
export interface UserEvent extends AnalyticsEvent {
  uid: string;
}

export interface ApplyResult {
  /** Events counted now. */
  applied: number;
  /** Events already counted before (redelivery, a retried batch, a repeated recordEvent). */
  duplicates: number;
}

interface ShardDelta {
  counts: Record<string, number>;
  rooms: Record<string, number>;
  courses: Record<string, number>;
}

const markerPath = (event: UserEvent) => `processedEvents/analytics_${event.uid}_${event.id}`;

function addDelta(delta: ShardDelta, event: UserEvent) {
  delta.counts[event.name] = (delta.counts[event.name] ?? 0) + 1;
  const props = event.props as Record<string, unknown>;
  if (event.name === 'message_sent' && typeof props.roomId === 'string' && !props.roomId.startsWith('dm_')) {
    delta.rooms[props.roomId] = (delta.rooms[props.roomId] ?? 0) + 1;
  }
  if (typeof props.courseId === 'string' && (event.name === 'course_enrolled' || event.name === 'course_completed')) {
    delta.courses[props.courseId] = (delta.courses[props.courseId] ?? 0) + 1;
  }
}

/** Increments for a merge-set; empty maps are left out (a merged `{}` would replace the field). */
function increments(field: string, values: Record<string, number>) {
  const entries = Object.entries(values);
  if (entries.length === 0) return {};
  return { [field]: Object.fromEntries(entries.map(([k, n]) => [k, FieldValue.increment(n)])) };
}

/**
 * Counts events exactly once. In one transaction: read each event's processedEvents marker, skip
 * the ones already counted, then add the rest to the day's sharded counters
 * (statsShards/{day}_{shard}, incremented — bursts spread over ANALYTICS_LIMITS.shards docs), mark
 * the users' active days and funnel milestones (userActivity/{uid}), and write the markers. A
 * redelivered trigger, a retried client batch or a repeated recordEvent changes nothing twice.
 *
 * `shardKey` picks the shard (the batch id), `serverAt` bounds the client's clock.
 */
export async function applyEvents(
  db: Firestore,
  events: UserEvent[],
  serverAt: number,
  shardKey: string,
): Promise<ApplyResult> {
  const unique = [...new Map(events.map((e) => [`${e.uid}_${e.id}`, e])).values()];
  if (unique.length === 0) return { applied: 0, duplicates: events.length };
  const shard = shardOf(shardKey, ANALYTICS_LIMITS.shards);
  return db.runTransaction(async (tx) => {
    const markers = await tx.getAll(...unique.map((e) => db.doc(markerPath(e))));
    const fresh = unique.filter((_, i) => !markers[i]!.exists);
    if (fresh.length === 0) return { applied: 0, duplicates: events.length };

    const shards = new Map<string, ShardDelta>();
    const users = new Map<string, { days: Set<string>; milestones: Set<FunnelStage> }>();
    for (const event of fresh) {
      const day = eventDay(event.at, serverAt, ANALYTICS_LIMITS.maxClientDelayMs);
      const delta = shards.get(day) ?? { counts: {}, rooms: {}, courses: {} };
      addDelta(delta, event);
      shards.set(day, delta);
      const user = users.get(event.uid) ?? { days: new Set(), milestones: new Set() };
      user.days.add(day);
      if ((FUNNEL_STAGES as readonly string[]).includes(event.name)) user.milestones.add(event.name as FunnelStage);
      users.set(event.uid, user);
    }
    for (const [day, delta] of shards) {
      tx.set(
        db.doc(`statsShards/${day}_${shard}`),
        {
          day,
          shard,
          ...increments('counts', delta.counts),
          ...increments('rooms', delta.rooms),
          ...increments('courses', delta.courses),
          updatedAt: FieldValue.serverTimestamp(),
        },
        { merge: true },
      );
    }
    for (const [uid, user] of users) {
      tx.set(
        db.doc(`userActivity/${uid}`),
        {
          uid,
          days: FieldValue.arrayUnion(...user.days),
          // Only when there are some: a merged empty map would wipe the stages already reached.
          ...(user.milestones.size
            ? { milestones: Object.fromEntries([...user.milestones].map((m) => [m, true])) }
            : {}),
          updatedAt: FieldValue.serverTimestamp(),
        },
        { merge: true },
      );
    }
    for (const event of fresh) {
      tx.set(db.doc(markerPath(event)), {
        kind: 'analytics.event',
        name: event.name,
        at: FieldValue.serverTimestamp(),
      });
    }
    return { applied: fresh.length, duplicates: events.length - fresh.length };
  });
}
