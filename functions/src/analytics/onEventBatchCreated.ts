import { ANALYTICS_LIMITS, parseEvent } from '@aether/common';
import type { Timestamp } from 'firebase-admin/firestore';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { eventLog } from '../shared/log';
import { applyEvents, type UserEvent } from './applyEvents';

/**
 * events/{batchId}: a client's batch of up to ANALYTICS_LIMITS.maxBatch events (rules checked the
 * shape). One trigger per batch, not per event, so bursts stay cheap; each event is re-validated
 * against the catalog and counted exactly once (see applyEvents), however often this is delivered.
 */
export const onEventBatchCreated = onDocumentCreated({ document: 'events/{batchId}', retry: true }, async (event) => {
  const data = event.data?.data();
  const uid = data?.uid;
  const log = eventLog('analytics-onEventBatchCreated', event, typeof uid === 'string' ? uid : undefined);
  if (!data || typeof uid !== 'string' || !Array.isArray(data.events)) {
    log.warn('malformed event batch ignored', { batchId: event.params.batchId });
    return;
  }
  const raw = (data.events as unknown[]).slice(0, ANALYTICS_LIMITS.maxBatch);
  const events: UserEvent[] = [];
  for (const value of raw) {
    const parsed = parseEvent(value);
    if (parsed) events.push({ ...parsed, uid });
  }
  const serverAt = (data.createdAt as Timestamp | undefined)?.toMillis() ?? Date.now();
  const result = await applyEvents(db(), events, serverAt, event.params.batchId);
  log.debug('event batch counted', {
    batchId: event.params.batchId,
    ...result,
    rejected: raw.length - events.length,
  });
});
