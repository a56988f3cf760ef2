import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { eventLog } from '../shared/log';
import { OPENAI_API_KEY } from '../shared/openai';
import { moderateMessage } from './moderateMessage';

// Re-moderates an edited message. Only a text change counts, so the trigger's own write (the
// `moderation` and `hidden` fields) never triggers it again; the event id makes redelivery a no-op.
export const onMessageUpdated = onDocumentUpdated(
  { document: 'rooms/{roomId}/messages/{messageId}', retry: true, secrets: [OPENAI_API_KEY] },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!before || !after || typeof after.authorId !== 'string' || typeof after.text !== 'string') return;
    if (before.text === after.text || after.deleted === true || !after.text.trim()) return;
    const { roomId, messageId } = event.params;
    const { verdict, outcome } = await moderateMessage(
      db(),
      roomId,
      messageId,
      { authorId: after.authorId, text: after.text },
      `edited_${event.id}`,
    );
    eventLog('chat-onMessageUpdated', event, after.authorId).debug('edited message moderated', {
      roomId,
      messageId,
      flagged: verdict.flagged,
      outcome,
    });
  },
);
