import { PRESENCE_DEFAULTS } from '@aether/common';
import { defineInt } from 'firebase-functions/params';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../shared/firebase';
import { createLog } from '../shared/log';
import { markStaleOffline } from './markStaleOffline';

const staleAfterMs = defineInt('PRESENCE_STALE_AFTER_MS', { default: PRESENCE_DEFAULTS.staleAfterMs });

/** Every minute: anyone whose heartbeat stopped is written down as offline. */
export const sweepStalePresence = onSchedule('every 1 minutes', async (event) => {
  const log = createLog({ fn: 'presence-sweepStalePresence', traceId: event.jobName ?? event.scheduleTime });
  const marked = await markStaleOffline(db(), Date.now(), staleAfterMs.value());
  if (marked) log.info('presence sweep', { marked });
});
