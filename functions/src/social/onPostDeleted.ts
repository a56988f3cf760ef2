import { onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { applyPostDeleted } from './postEffects';
import { eventLog } from '../shared/log';

export const onPostDeleted = onDocumentDeleted({ document: 'posts/{postId}', retry: true }, async (event) => {
  const logger = eventLog('social-onPostDeleted', event);
  const { postId } = event.params;
  logger.debug('post deleted', { postId, ...(await applyPostDeleted(db(), postId)) });
});
