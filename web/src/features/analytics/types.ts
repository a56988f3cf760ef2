import type { StatsSummary } from '@aether/common';

/** stats/summary as written by the rollup (functions/src/analytics/runRollup.ts). */
export type AdminSummary = StatsSummary & {
  moderation: { open: number; approved: number; removed: number };
  generatedAtMs: number;
};
