// Data layer for chat: rooms, messages, read markers and typing. The only chat code that imports Firestore.
import { CHAT_LIMITS, dmRoomId, newMessageFields, type NewRoom } from '@aether/common';
import {
  arrayRemove,
  arrayUnion,
  collection,
  deleteDoc,
  doc,
  getCountFromServer,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type DocumentData,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { firestoreDb } from '../../lib/firestore';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';
import type { MemberState, Message, ReplyRef, Room } from './types';

const db = () => firestoreDb();
const roomsCol = () => collection(db(), 'rooms');
const messagesCol = (roomId: string) => collection(db(), 'rooms', roomId, 'messages');

function toRoom(id: string, d: DocumentData): Room {
  return {
    id,
    name: String(d.name ?? ''),
    topic: String(d.topic ?? ''),
    type: d.type === 'private' || d.type === 'dm' ? d.type : 'public',
    memberIds: Array.isArray(d.memberIds) ? d.memberIds : [],
    createdBy: String(d.createdBy ?? ''),
    lastMessage: d.lastMessage ?? null,
    lastMessageAt: toMillis(d.lastMessageAt),
  };
}

function toMessage(snap: QueryDocumentSnapshot): Message {
  const d = snap.data({ serverTimestamps: 'none' });
  return {
    id: snap.id,
    authorId: String(d.authorId ?? ''),
    text: String(d.text ?? ''),
    createdAt: toMillis(d.createdAt),
    editedAt: toMillis(d.editedAt),
    deleted: d.deleted === true,
    reactions: d.reactions && typeof d.reactions === 'object' ? d.reactions : {},
    replyTo: d.replyTo ?? null,
    mentions: Array.isArray(d.mentions) ? d.mentions : [],
    pending: snap.metadata.hasPendingWrites,
  };
}

const byActivity = (a: Room, b: Room) => (b.lastMessageAt ?? Infinity) - (a.lastMessageAt ?? Infinity);

export function subscribeToMyRooms(uid: string): Subscribe<Room[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(roomsCol(), where('memberIds', 'array-contains', uid)),
      (snap) => onNext(snap.docs.map((d) => toRoom(d.id, d.data())).sort(byActivity)),
      onError,
    );
}

export function subscribeToPublicRooms(): Subscribe<Room[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(roomsCol(), where('type', '==', 'public'), limit(100)),
      (snap) => onNext(snap.docs.map((d) => toRoom(d.id, d.data())).sort(byActivity)),
      onError,
    );
}

export function subscribeToRoom(roomId: string): Subscribe<Room | null> {
  return (onNext, onError) =>
    onSnapshot(doc(roomsCol(), roomId), (s) => onNext(s.exists() ? toRoom(s.id, s.data()) : null), onError);
}

/** The newest page, live; pending (offline) writes included and flagged. */
export function subscribeToLatestMessages(roomId: string, count: number = CHAT_LIMITS.pageSize): Subscribe<Message[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(messagesCol(roomId), orderBy('createdAt', 'desc'), limit(count)),
      { includeMetadataChanges: true },
      (snap) => onNext(snap.docs.map(toMessage).reverse()),
      onError,
    );
}

/** One page of history older than `before` (epoch ms), oldest first. */
export async function loadOlderMessages(roomId: string, before: number): Promise<Message[]> {
  const snap = await getDocs(
    query(
      messagesCol(roomId),
      orderBy('createdAt', 'desc'),
      startAfter(Timestamp.fromMillis(before)),
      limit(CHAT_LIMITS.pageSize),
    ),
  );
  return snap.docs.map(toMessage).reverse();
}

export interface OutgoingMessage {
  text: string;
  replyTo: ReplyRef | null;
  mentions: string[];
}

/**
 * Queues the message in the local cache (shown at once, flagged pending) and resolves when the
 * server accepts it. Offline it stays queued and is delivered on reconnect.
 */
export function sendMessage(roomId: string, uid: string, message: OutgoingMessage): Promise<void> {
  const batch = writeBatch(db());
  batch.set(doc(messagesCol(roomId)), newMessageFields(uid, message.text, serverTimestamp(), message));
  // The rules' rate limiter reads lastPostedAt; reading your own message marks the room read.
  batch.set(
    doc(db(), 'rooms', roomId, 'members', uid),
    { lastPostedAt: serverTimestamp(), lastReadAt: serverTimestamp() },
    { merge: true },
  );
  return batch.commit();
}

export function editMessage(roomId: string, messageId: string, text: string): Promise<void> {
  return updateDoc(doc(messagesCol(roomId), messageId), { text, editedAt: serverTimestamp() });
}

export function deleteMessage(roomId: string, messageId: string): Promise<void> {
  return updateDoc(doc(messagesCol(roomId), messageId), { deleted: true, text: '', editedAt: serverTimestamp() });
}

export function setMyReactions(roomId: string, messageId: string, uid: string, emojis: string[]): Promise<void> {
  return updateDoc(doc(messagesCol(roomId), messageId), { [`reactions.${uid}`]: emojis });
}

export async function createRoom(uid: string, room: NewRoom, invitees: string[]): Promise<string> {
  const ref = doc(roomsCol());
  await setDoc(ref, {
    name: room.name,
    topic: room.topic,
    type: room.type,
    memberIds: [uid, ...invitees.filter((id) => id !== uid)],
    createdBy: uid,
    createdAt: serverTimestamp(),
    lastMessage: null,
    lastMessageAt: serverTimestamp(),
  });
  return ref.id;
}

/** Opens (creating on first use) the one DM room shared by two users. */
export async function openDirectMessage(me: string, other: string): Promise<string> {
  const id = dmRoomId(me, other);
  const ref = doc(roomsCol(), id);
  const existing = await getDoc(ref).catch(() => null);
  if (!existing?.exists()) {
    await setDoc(ref, {
      name: '',
      topic: '',
      type: 'dm',
      memberIds: [me, other].sort(),
      createdBy: me,
      createdAt: serverTimestamp(),
      lastMessage: null,
      lastMessageAt: serverTimestamp(),
    });
  }
  return id;
}

export const joinRoom = (roomId: string, uid: string) =>
  updateDoc(doc(roomsCol(), roomId), { memberIds: arrayUnion(uid) });
export const leaveRoom = (roomId: string, uid: string) =>
  updateDoc(doc(roomsCol(), roomId), { memberIds: arrayRemove(uid) });
export const inviteToRoom = (roomId: string, uids: string[]) =>
  updateDoc(doc(roomsCol(), roomId), { memberIds: arrayUnion(...uids) });

export function markRoomRead(roomId: string, uid: string): Promise<void> {
  return setDoc(doc(db(), 'rooms', roomId, 'members', uid), { lastReadAt: serverTimestamp() }, { merge: true });
}

export function subscribeToMemberStates(roomId: string): Subscribe<MemberState[]> {
  return (onNext, onError) =>
    onSnapshot(
      collection(db(), 'rooms', roomId, 'members'),
      (snap) =>
        onNext(
          snap.docs.map((d) => ({
            uid: d.id,
            lastReadAt: toMillis(d.data({ serverTimestamps: 'estimate' }).lastReadAt),
          })),
        ),
      onError,
    );
}

/** Messages after the member's read marker (their own posts move the marker, so never count). */
export async function countUnread(roomId: string, uid: string): Promise<number> {
  const member = await getDoc(doc(db(), 'rooms', roomId, 'members', uid));
  const lastReadAt = member.exists() ? member.data().lastReadAt : null;
  const q = lastReadAt ? query(messagesCol(roomId), where('createdAt', '>', lastReadAt)) : messagesCol(roomId);
  return (await getCountFromServer(q)).data().count;
}

export function setTyping(roomId: string, uid: string, typing: boolean): Promise<void> {
  const ref = doc(db(), 'rooms', roomId, 'typing', uid);
  if (!typing) return deleteDoc(ref);
  return setDoc(ref, { expiresAt: Timestamp.fromMillis(Date.now() + CHAT_LIMITS.typingTtlMs - 1000) });
}

export function subscribeToTyping(roomId: string): Subscribe<{ uid: string; expiresAt: number }[]> {
  return (onNext, onError) =>
    onSnapshot(
      collection(db(), 'rooms', roomId, 'typing'),
      (snap) => onNext(snap.docs.map((d) => ({ uid: d.id, expiresAt: toMillis(d.data().expiresAt) ?? 0 }))),
      onError,
    );
}
