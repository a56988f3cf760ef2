import {
  addDays,
  ANALYTICS_LIMITS,
  computeRollup,
  dayKey,
  type ActivityRecord,
  type DailyShard,
  type RankedItem,
  type StatsSummary,
} from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';

export interface ModerationFigures {
  open: number;
  approved: number;
  removed: number;
}

export type StoredSummary = StatsSummary & { moderation: ModerationFigures; generatedAtMs: number };

async function named(db: Firestore, collection: string, items: RankedItem[], field: string): Promise<RankedItem[]> {
  if (items.length === 0) return items;
  const snaps = await db.getAll(...items.map((i) => db.doc(`${collection}/${i.id}`)));
  return items.map((item, i) => {
    const name = snaps[i]?.get(field);
    return typeof name === 'string' && name ? { ...item, name } : item;
  });
}

async function moderationFigures(db: Firestore): Promise<ModerationFigures> {
  const count = async (status: string) =>
    (await db.collection('moderationQueue').where('status', '==', status).count().get()).data().count;
  const [open, approved, removed] = await Promise.all([count('open'), count('approved'), count('removed')]);
  return { open, approved, removed };
}

/**
 * The scheduled (and on-demand) rollup: reads the last ANALYTICS_LIMITS.rollupDays of sharded daily
 * counters and every user's activity, computes DAU/WAU/MAU, the series, the weekly retention cohorts
 * and the funnel (common/src/analytics/rollup.ts), adds names and moderation figures, and writes
 * stats/summary. Pure reads plus one overwrite, so running it twice is harmless.
 */
export async function runRollup(db: Firestore, now = Date.now()): Promise<StoredSummary> {
  const today = dayKey(now);
  const from = addDays(today, -(ANALYTICS_LIMITS.rollupDays - 1));
  const [shardSnap, activitySnap, moderation] = await Promise.all([
    db.collection('statsShards').where('day', '>=', from).get(),
    db.collection('userActivity').select('days', 'milestones').get(),
    moderationFigures(db),
  ]);
  const shards = shardSnap.docs.map((d) => d.data() as DailyShard);
  const activity: ActivityRecord[] = activitySnap.docs.map((d) => ({
    uid: d.id,
    days: ((d.get('days') as string[] | undefined) ?? []).filter((day) => day >= from),
    milestones: (d.get('milestones') as ActivityRecord['milestones'] | undefined) ?? {},
  }));
  const summary = computeRollup(today, shards, activity);
  const [topRooms, topCourses] = await Promise.all([
    named(db, 'rooms', summary.topRooms, 'name'),
    named(db, 'courses', summary.topCourses, 'title'),
  ]);
  const stored: StoredSummary = { ...summary, topRooms, topCourses, moderation, generatedAtMs: now };
  await db.doc('stats/summary').set({ ...stored, generatedAt: FieldValue.serverTimestamp() });
  return stored;
}
