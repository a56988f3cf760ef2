import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../shared/firebase';
import { createLog } from '../shared/log';
import { runRollup } from './runRollup';

/** Every hour: DAU/WAU/MAU, cohorts and the funnel are recomputed into stats/summary. */
export const scheduledRollup = onSchedule('every 60 minutes', async (event) => {
  const log = createLog({ fn: 'analytics-scheduledRollup', traceId: event.jobName ?? event.scheduleTime });
  const summary = await runRollup(db());
  log.info('analytics rollup written', { today: summary.today, users: summary.users });
});
