import { isDmRoomId, notificationId } from '@aether/common';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';

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

/**
 * Everything a new message causes, applied exactly once: the room's last message moves forward
 * (never backwards, whatever the delivery order) and mentioned, replied-to and DM'd members are
 * notified. A marker written in the same transaction makes a redelivered event a no-op.
 */
export async function applyMessageEffects(
  db: Firestore,
  roomId: string,
  messageId: string,
  message: StoredMessage,
): Promise<EffectsResult> {
  const roomRef = db.doc(`rooms/${roomId}`);
  const markerRef = db.doc(`processedEvents/chat_${roomId}_${messageId}`);

  return db.runTransaction(async (tx) => {
    const [marker, room] = await tx.getAll(markerRef, roomRef);
    if (marker?.exists || !room?.exists) return { applied: false, notified: [] };

    const members: string[] = room.get('memberIds') ?? [];
    const createdAt = message.createdAt ?? Timestamp.now();
    const current: Timestamp | undefined = room.get('lastMessageAt');
    const excerpt = message.text.slice(0, EXCERPT);
    if (!room.get('lastMessage') || !current || createdAt.toMillis() >= current.toMillis()) {
      tx.update(roomRef, {
        lastMessage: { messageId, authorId: message.authorId, text: excerpt },
        lastMessageAt: createdAt,
      });
    }

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

    for (const [uid, kind] of recipients) {
      tx.set(db.doc(`notifications/${uid}/items/${notificationId(messageId, kind)}`), {
        type: kind,
        actorId: message.authorId,
        target: { roomId, messageId },
        excerpt,
        read: false,
        createdAt: FieldValue.serverTimestamp(),
      });
    }
    tx.set(markerRef, { kind: 'chat.messageCreated', roomId, messageId, at: FieldValue.serverTimestamp() });
    return { applied: true, notified: [...recipients.keys()] };
  });
}
