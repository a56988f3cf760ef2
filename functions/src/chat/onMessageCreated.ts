import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { eventLog } from '../shared/log';
import { OPENAI_API_KEY } from '../shared/openai';
import { applyMessageEffects, type StoredMessage } from './applyMessageEffects';
import { moderateMessage } from './moderateMessage';

// Retried on failure (e.g. lock contention on a busy room): moderation and the effects are applied
// exactly once whatever the number of attempts, thanks to processedEvents markers. The message is
// visible while this runs (moderation never delays delivery); a flagged message is hidden and
// causes no effects (no room preview, no notifications).
export const onMessageCreated = onDocumentCreated(
  { document: 'rooms/{roomId}/messages/{messageId}', retry: true, secrets: [OPENAI_API_KEY] },
  async (event) => {
    const data = event.data?.data();
    if (!data || typeof data.authorId !== 'string' || typeof data.text !== 'string') return;
    const { roomId, messageId } = event.params;
    const message = data as StoredMessage;
    const log = eventLog('chat-onMessageCreated', event, message.authorId);
    const { verdict, outcome } = await moderateMessage(
      db(),
      roomId,
      messageId,
      message,
      `created_${roomId}_${messageId}`,
    );
    log.debug('message moderated', { roomId, messageId, flagged: verdict.flagged, outcome });
    // Counted whatever the verdict (a flagged message was still sent), exactly once per message.
    const counted = await recordEvent(db(), {
      id: `msg_${roomId}_${messageId}`,
      name: 'message_sent',
      uid: message.authorId,
      props: { roomId },
      at: message.createdAt?.toMillis() ?? Date.now(),
    });
    log.debug('message counted', { roomId, messageId, ...counted });
    if (verdict.flagged) return;
    const result = await applyMessageEffects(db(), roomId, messageId, message);
    log.debug('message effects', { roomId, messageId, ...result });
  },
);
