import { notificationFields } from '@aether/common';
import { FieldValue } from 'firebase-admin/firestore';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';

// Tells the owner of a private profile someone asked to follow them (one notification per requester).
export const onFollowRequestCreated = onDocumentCreated(
  { document: 'users/{uid}/followRequests/{requester}', retry: true },
  async (event) => {
    const { uid, requester } = event.params;
    await db()
      .doc(`notifications/${uid}/items/follow_request_${requester}`)
      .set({
        ...notificationFields({
          type: 'follow_request',
          actorId: requester,
          link: `/u/${uid}?tab=requests`,
          target: { uid: requester },
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
  },
);
