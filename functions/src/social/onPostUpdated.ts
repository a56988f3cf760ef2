import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { applyPostChange } from './postEffects';
import { eventLog } from '../shared/log';

// Reacts only to what matters (text, hidden, tags, visibility); counter updates pass through.
export const onPostUpdated = onDocumentUpdated(
  { document: 'posts/{postId}', retry: true, secrets: [OPENAI_API_KEY], timeoutSeconds: 300 },
  async (event) => {
    const logger = eventLog('social-onPostUpdated', event);
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!before || !after || typeof after.authorId !== 'string' || typeof after.text !== 'string') return;
    const relevant =
      before.text !== after.text ||
      before.hidden !== after.hidden ||
      before.visibility !== after.visibility ||
      JSON.stringify(before.tags) !== JSON.stringify(after.tags);
    if (!relevant) return;
    const { postId } = event.params;
    const result = await applyPostChange(
      db(),
      postId,
      before,
      { authorId: after.authorId, text: after.text, hidden: after.hidden },
      `post_edit_${postId}_${event.id}`,
    );
    logger.debug('post updated', { postId, ...result });
  },
);
