import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { applyNewPost } from './postEffects';
import { eventLog } from '../shared/log';

// Moderation first, then fan-out to followers' feeds, then the search index (postEffects.ts).
export const onPostCreated = onDocumentCreated(
  { document: 'posts/{postId}', retry: true, secrets: [OPENAI_API_KEY], timeoutSeconds: 300, memory: '512MiB' },
  async (event) => {
    const logger = eventLog('social-onPostCreated', event);
    const data = event.data?.data();
    if (!data || typeof data.authorId !== 'string' || typeof data.text !== 'string') return;
    const { postId } = event.params;
    const result = await applyNewPost(
      db(),
      postId,
      { authorId: data.authorId, text: data.text },
      `post_created_${postId}`,
    );
    // Counted once per post (the event id is the post's), flagged or not.
    await recordEvent(db(), { id: `post_${postId}`, name: 'post_created', uid: data.authorId, props: { postId } });
    logger.debug('post created', { postId, ...result, fanout: result.fanout.entries });
  },
);
