import { logger } from 'firebase-functions/v2';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { applyNewPost } from './postEffects';

// Moderation first, then fan-out to followers' feeds, then the search index (postEffects.ts).
export const onPostCreated = onDocumentCreated(
  { document: 'posts/{postId}', retry: true, secrets: [OPENAI_API_KEY], timeoutSeconds: 300, memory: '512MiB' },
  async (event) => {
    const data = event.data?.data();
    if (!data || typeof data.authorId !== 'string' || typeof data.text !== 'string') return;
    const { postId } = event.params;
    const result = await applyNewPost(
      db(),
      postId,
      { authorId: data.authorId, text: data.text },
      `post_created_${postId}`,
    );
    logger.debug('post created', { postId, ...result, fanout: result.fanout.entries });
  },
);
