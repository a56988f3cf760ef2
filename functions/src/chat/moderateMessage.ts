import type { ModerationVerdict } from '@aether/common';
import type { Firestore } from 'firebase-admin/firestore';
import { applyVerdict, type ApplyOutcome } from '../moderation/applyVerdict';
import { moderateText, type ModerationConfig } from '../moderation/moderateText';

/**
 * Moderates a chat message's current text and records the verdict on it. `eventKey` identifies
 * the triggering event (creation, or one edit), so a redelivered event is a no-op.
 */
export async function moderateMessage(
  db: Firestore,
  roomId: string,
  messageId: string,
  message: { authorId: string; text: string },
  eventKey: string,
  config?: ModerationConfig,
): Promise<{ verdict: ModerationVerdict; outcome: ApplyOutcome }> {
  const verdict = await moderateText(message.text, 'message', config);
  const outcome = await applyVerdict(
    db,
    {
      kind: 'message',
      path: `rooms/${roomId}/messages/${messageId}`,
      authorId: message.authorId,
      text: message.text,
      link: `/chat/${roomId}`,
      target: { roomId, messageId },
    },
    verdict,
    eventKey,
  );
  return { verdict, outcome };
}
