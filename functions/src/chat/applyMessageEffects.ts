import { isDmRoomId, notificationFields, notificationId } from '@aether/common';
import { FieldValue, Timestamp, type DocumentReference, type Firestore } from 'firebase-admin/firestore';

export interface StoredMessage {
  authorId: string;
  text: string;
  createdAt: Timestamp | null;
  mentions?: unknown;
  replyTo?: { messageId?: unknown; authorId?: unknown } | null;
}

export interface EffectsResult {
  applied: boolean;
  notified: string[];
}

const EXCERPT = 140;
const FAILED_PRECONDITION = 9;

/**
 * Moves the room's last message forward, never backwards. Optimistic (a write precondition on the
 * room's update time, retried) rather than a transaction, so a busy room's messages do not queue on
 * one lock. Setting the newest message twice is harmless, so this part needs no marker.
 */
async function advanceLastMessage(
  roomRef: DocumentReference,
  messageId: string,
  message: StoredMessage,
  createdAt: Timestamp,
) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const room = await roomRef.get();
    if (!room.exists) return;
    const current: Timestamp | undefined = room.get('lastMessageAt');
    const currentMessage = room.get('lastMessage') as { messageId?: string } | null;
    if (currentMessage?.messageId === messageId) return;
    if (currentMessage && current && current.toMillis() > createdAt.toMillis()) return;
    try {
      await roomRef.update(
        {
          lastMessage: { messageId, authorId: message.authorId, text: message.text.slice(0, EXCERPT) },
          lastMessageAt: createdAt,
        },
        { lastUpdateTime: room.updateTime! },
      );
      return;
    } catch (error) {
      if ((error as { code?: number }).code !== FAILED_PRECONDITION) throw error;
    }
  }
}

/**
 * Everything a new message causes: the room's last message moves forward, and mentioned,
 * replied-to and DM'd members are notified exactly once — a processedEvents marker written in the
 * same transaction as the notifications makes a redelivered event a no-op.
 */
export async function applyMessageEffects(
  db: Firestore,
  roomId: string,
  messageId: string,
  message: StoredMessage,
): Promise<EffectsResult> {
  const roomRef = db.doc(`rooms/${roomId}`);
  const room = await roomRef.get();
  if (!room.exists) return { applied: false, notified: [] };
  const createdAt = message.createdAt ?? Timestamp.now();
  await advanceLastMessage(roomRef, messageId, message, createdAt);

  const members: string[] = room.get('memberIds') ?? [];
  const recipients = new Map<string, 'mention' | 'reply' | 'dm'>();
  const mentions = Array.isArray(message.mentions) ? message.mentions.filter((m) => typeof m === 'string') : [];
  for (const uid of mentions) if (members.includes(uid)) recipients.set(uid, 'mention');
  const parentAuthor = message.replyTo?.authorId;
  if (typeof parentAuthor === 'string' && members.includes(parentAuthor) && !recipients.has(parentAuthor)) {
    recipients.set(parentAuthor, 'reply');
  }
  if (isDmRoomId(roomId)) {
    for (const uid of members) if (!recipients.has(uid)) recipients.set(uid, 'dm');
  }
  recipients.delete(message.authorId);

  const markerRef = db.doc(`processedEvents/chat_${roomId}_${messageId}`);
  return db.runTransaction(async (tx) => {
    const marker = await tx.get(markerRef);
    if (marker.exists) return { applied: false, notified: [] };
    const excerpt = message.text.slice(0, EXCERPT);
    for (const [uid, kind] of recipients) {
      tx.set(db.doc(`notifications/${uid}/items/${notificationId(messageId, kind)}`), {
        ...notificationFields({
          type: kind,
          actorId: message.authorId,
          link: `/chat/${roomId}`,
          target: { roomId, messageId },
          excerpt,
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
    }
    tx.set(markerRef, { kind: 'chat.messageCreated', roomId, messageId, at: FieldValue.serverTimestamp() });
    return { applied: true, notified: [...recipients.keys()] };
  });
}
