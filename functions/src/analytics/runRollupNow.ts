import { runRollupInputSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { requestLog } from '../shared/log';
import { parseInput } from '../shared/validate';
import { runRollup } from './runRollup';

/** Admins: run the rollup now (the dashboard's Refresh button, and tests). Returns the summary. */
export const runRollupNow = onCall(async (request) => {
  const log = requestLog('analytics-runRollupNow', request);
  requireAdmin(request);
  parseInput(runRollupInputSchema, request.data ?? undefined);
  const summary = await runRollup(db());
  log.info('analytics rollup run on demand', { today: summary.today, users: summary.users });
  return summary;
});
