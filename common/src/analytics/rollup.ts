import { ANALYTICS_EVENT_NAMES } from './catalog';
import { ANALYTICS_LIMITS, FUNNEL_STAGES, type FunnelStage } from './events';
import { addDays, weekKey, weeksBetween } from './time';

/** userActivity/{uid}: the days a user was active and the funnel stages they reached. */
export interface ActivityRecord {
  uid: string;
  days: string[];
  milestones: Partial<Record<FunnelStage, boolean>>;
}

/** One shard of one day's counters (statsShards/{day}_{n}). */
export interface DailyShard {
  day: string;
  counts?: Record<string, number>;
  rooms?: Record<string, number>;
  courses?: Record<string, number>;
}

export interface DailyTotals {
  day: string;
  counts: Record<string, number>;
  rooms: Record<string, number>;
  courses: Record<string, number>;
}

export interface Kpi {
  key: 'dau' | 'wau' | 'mau' | 'sign_up' | 'message_sent' | 'page_view' | 'client_error';
  value: number;
  /** The same figure for the period before (yesterday, the 7 or 30 days before). */
  previous: number;
}

export interface SeriesPoint {
  day: string;
  dau: number;
  counts: Record<string, number>;
}

export interface Cohort {
  /** Monday of the week the users were first seen. */
  week: string;
  size: number;
  /** active[k]: how many of them were active k weeks later (active[0] === size). */
  active: number[];
}

export interface RankedItem {
  id: string;
  count: number;
  name?: string;
}

export interface StatsSummary {
  today: string;
  series: SeriesPoint[];
  kpis: Kpi[];
  funnel: { stage: FunnelStage; users: number }[];
  cohorts: Cohort[];
  topRooms: RankedItem[];
  topCourses: RankedItem[];
  totals: Record<string, number>;
  users: number;
}

function addInto(target: Record<string, number>, source: Record<string, number> | undefined) {
  for (const [key, n] of Object.entries(source ?? {})) target[key] = (target[key] ?? 0) + n;
}

/** Sums the shards of each day. */
export function sumShards(shards: DailyShard[]): Map<string, DailyTotals> {
  const days = new Map<string, DailyTotals>();
  for (const shard of shards) {
    const total = days.get(shard.day) ?? { day: shard.day, counts: {}, rooms: {}, courses: {} };
    addInto(total.counts, shard.counts);
    addInto(total.rooms, shard.rooms);
    addInto(total.courses, shard.courses);
    days.set(shard.day, total);
  }
  return days;
}

/** Distinct users active on any day in [from, to] (inclusive day keys). */
export function activeUsers(activity: ActivityRecord[], from: string, to: string): number {
  return activity.filter((a) => a.days.some((d) => d >= from && d <= to)).length;
}

function windowSum(days: Map<string, DailyTotals>, name: string, from: string, to: string): number {
  let sum = 0;
  for (const [day, totals] of days) if (day >= from && day <= to) sum += totals.counts[name] ?? 0;
  return sum;
}

function top(days: Map<string, DailyTotals>, field: 'rooms' | 'courses', from: string, limit: number): RankedItem[] {
  const sums: Record<string, number> = {};
  for (const [day, totals] of days) if (day >= from) addInto(sums, totals[field]);
  return Object.entries(sums)
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Weekly retention: users grouped by the week of their first active day. */
export function cohortTable(activity: ActivityRecord[], today: string, weeks: number): Cohort[] {
  const thisWeek = weekKey(today);
  const firstWeek = addDays(thisWeek, -7 * (weeks - 1));
  const cohorts = new Map<string, Cohort>();
  for (let w = 0; w < weeks; w++) {
    const week = addDays(firstWeek, 7 * w);
    cohorts.set(week, { week, size: 0, active: new Array<number>(weeksBetween(week, thisWeek) + 1).fill(0) });
  }
  for (const record of activity) {
    if (record.days.length === 0) continue;
    const first = record.days.reduce((a, b) => (a < b ? a : b));
    const cohort = cohorts.get(weekKey(first));
    if (!cohort) continue;
    cohort.size++;
    const activeWeeks = new Set(record.days.map((d) => weeksBetween(cohort.week, weekKey(d))));
    for (const k of activeWeeks) if (k >= 0 && k < cohort.active.length) cohort.active[k]!++;
  }
  return [...cohorts.values()];
}

/** Users at each funnel stage, counting only those who also reached every earlier stage. */
export function funnel(activity: ActivityRecord[]): StatsSummary['funnel'] {
  return FUNNEL_STAGES.map((stage, index) => ({
    stage,
    users: activity.filter((a) => FUNNEL_STAGES.slice(0, index + 1).every((s) => a.milestones[s] === true)).length,
  }));
}

/** Everything the admin dashboard draws, from raw daily shards and user activity. */
export function computeRollup(
  today: string,
  shards: DailyShard[],
  activity: ActivityRecord[],
  seriesDays = 30,
): StatsSummary {
  const days = sumShards(shards);
  const first = addDays(today, -(seriesDays - 1));
  const series: SeriesPoint[] = [];
  const totals: Record<string, number> = {};
  for (let i = 0; i < seriesDays; i++) {
    const day = addDays(first, i);
    const counts = days.get(day)?.counts ?? {};
    addInto(totals, counts);
    series.push({ day, dau: activeUsers(activity, day, day), counts: { ...counts } });
  }
  const yesterday = addDays(today, -1);
  const week = (n: number) => [addDays(today, -7 * n - 6), addDays(today, -7 * n)] as const;
  const month = (n: number) => [addDays(today, -30 * n - 29), addDays(today, -30 * n)] as const;
  const kpis: Kpi[] = [
    { key: 'dau', value: activeUsers(activity, today, today), previous: activeUsers(activity, yesterday, yesterday) },
    { key: 'wau', value: activeUsers(activity, ...week(0)), previous: activeUsers(activity, ...week(1)) },
    { key: 'mau', value: activeUsers(activity, ...month(0)), previous: activeUsers(activity, ...month(1)) },
    ...(['sign_up', 'message_sent', 'page_view', 'client_error'] as const).map((key) => ({
      key,
      value: windowSum(days, key, ...week(0)),
      previous: windowSum(days, key, ...week(1)),
    })),
  ];
  for (const name of ANALYTICS_EVENT_NAMES) totals[name] ??= 0;
  return {
    today,
    series,
    kpis,
    funnel: funnel(activity),
    cohorts: cohortTable(activity, today, ANALYTICS_LIMITS.cohortWeeks),
    topRooms: top(days, 'rooms', first, 5),
    topCourses: top(days, 'courses', first, 5),
    totals,
    users: activity.length,
  };
}

/** Change against the previous period as a whole percentage, or null when there was nothing before. */
export function percentChange(value: number, previous: number): number | null {
  if (previous === 0) return value === 0 ? 0 : null;
  return Math.round(((value - previous) / previous) * 100);
}
