import { logger } from 'firebase-functions/v2';
import { onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { applyPostDeleted } from './postEffects';

export const onPostDeleted = onDocumentDeleted({ document: 'posts/{postId}', retry: true }, async (event) => {
  const { postId } = event.params;
  logger.debug('post deleted', { postId, ...(await applyPostDeleted(db(), postId)) });
});
