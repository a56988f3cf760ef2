// The zod-free half of the analytics catalog: limits, names and helpers the web shell can import
// without pulling in zod (the schemas live in catalog.ts).
import type { AnalyticsEventName, EventPayload } from './catalog';

export type { AnalyticsEventName, EventPayload };

/** Events a signed-in client may send itself (rules allow only these names). */
export const CLIENT_EVENT_NAMES = ['page_view', 'client_error'] as const satisfies readonly AnalyticsEventName[];
export type ClientEventName = (typeof CLIENT_EVENT_NAMES)[number];

export const ANALYTICS_LIMITS = {
  /** Events per events/{batchId} document (rules unroll a check per slot). */
  maxBatch: 10,
  /** Sharded daily counters: statsShards/{day}_{0..shards-1}. */
  shards: 10,
  /** A queued (offline) event older than this is counted on the day it reached the server. */
  maxClientDelayMs: 7 * 24 * 3600_000,
  /** Days of daily counters and activity the rollup reads. */
  rollupDays: 90,
  cohortWeeks: 8,
} as const;

/** The funnel, in order: a user counts at a stage when they reached it and every stage before. */
export const FUNNEL_STAGES = ['sign_up', 'message_sent', 'course_enrolled', 'course_completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** One event as sent on the wire and stored inside a batch. `at` is the client's clock (ms). */
export interface AnalyticsEvent<N extends AnalyticsEventName = AnalyticsEventName> {
  id: string;
  name: N;
  at: number;
  props: EventPayload<N>;
}

export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Replaces ids in a route with ":id" so page views carry no user or room ids: /u/abc → /u/:id. */
export function normalizePath(pathname: string): string {
  const parts = pathname.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const [first, ...rest] = parts;
  return `/${first!.slice(0, 40)}${rest.map(() => '/:id').join('')}`.slice(0, 120);
}
