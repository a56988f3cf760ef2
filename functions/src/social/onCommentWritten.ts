import { onDocumentCreated, onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { applyCommentDeleted, applyNewComment } from './comments';
import { eventLog } from '../shared/log';

export const onCommentCreated = onDocumentCreated(
  { document: 'posts/{postId}/comments/{commentId}', retry: true, secrets: [OPENAI_API_KEY] },
  async (event) => {
    const logger = eventLog('social-onCommentCreated', event);
    const data = event.data?.data();
    if (!data || typeof data.authorId !== 'string' || typeof data.text !== 'string') return;
    const { postId, commentId } = event.params;
    const result = await applyNewComment(
      db(),
      postId,
      commentId,
      { authorId: data.authorId, text: data.text, parentId: typeof data.parentId === 'string' ? data.parentId : null },
      `comment_created_${postId}_${commentId}`,
    );
    logger.debug('comment created', { postId, commentId, ...result });
  },
);

export const onCommentDeleted = onDocumentDeleted(
  { document: 'posts/{postId}/comments/{commentId}', retry: true },
  async (event) => {
    const logger = eventLog('social-onCommentDeleted', event);
    const { postId, commentId } = event.params;
    const parentId = event.data?.get('parentId');
    const result = await applyCommentDeleted(
      db(),
      postId,
      { parentId: typeof parentId === 'string' ? parentId : null },
      `comment_deleted_${postId}_${commentId}`,
    );
    logger.debug('comment deleted', { postId, commentId, result });
  },
);
