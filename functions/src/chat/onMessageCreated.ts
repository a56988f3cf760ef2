import { logger } from 'firebase-functions/v2';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { applyMessageEffects, type StoredMessage } from './applyMessageEffects';

// Retried on failure (e.g. lock contention on a busy room): the effects are applied exactly once
// whatever the number of attempts, thanks to the processedEvents marker.
export const onMessageCreated = onDocumentCreated(
  { document: 'rooms/{roomId}/messages/{messageId}', retry: true },
  async (event) => {
    const data = event.data?.data();
    if (!data || typeof data.authorId !== 'string' || typeof data.text !== 'string') return;
    const { roomId, messageId } = event.params;
    const result = await applyMessageEffects(db(), roomId, messageId, data as StoredMessage);
    logger.debug('message effects', { roomId, messageId, ...result });
  },
);
