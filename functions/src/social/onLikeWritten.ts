import { onDocumentCreated, onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { applyLike } from './likes';

export const onLikeCreated = onDocumentCreated(
  { document: 'posts/{postId}/likes/{uid}', retry: true },
  async (event) => {
    await applyLike(db(), event.params.postId, event.params.uid, 1, `like_${event.id}`);
  },
);

export const onLikeDeleted = onDocumentDeleted(
  { document: 'posts/{postId}/likes/{uid}', retry: true },
  async (event) => {
    await applyLike(db(), event.params.postId, event.params.uid, -1, `unlike_${event.id}`);
  },
);
