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
  type QueryConstraint,
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
    moderation: toModeration(d.moderation),
  };
}

function toModeration(m: unknown): Message['moderation'] {
  if (!m || typeof m !== 'object') return null;
  const { status, reason } = m as { status?: unknown; reason?: unknown };
  if (status !== 'approved' && status !== 'flagged' && status !== 'removed') return null;
  return { status, reason: typeof reason === 'string' ? reason : null };
}

/**
 * Messages others may see (hidden == false), plus my own hidden ones ("under review"): the rules
 * only allow list queries they can verify, so these are two queries merged by time.
 */
function messageQueries(roomId: string, uid: string, ...constraints: QueryConstraint[]) {
  return [
    query(messagesCol(roomId), where('hidden', '==', false), ...constraints),
    query(messagesCol(roomId), where('authorId', '==', uid), where('hidden', '==', true), ...constraints),
  ];
}

/** Newest `count` of the merged pages, oldest first (pending writes, without a time yet, last). */
function mergeNewest(pages: Message[][], count: number): Message[] {
  const byId = new Map<string, Message>();
  // Pages come newest first; insert oldest first so equal times keep their order.
  for (const page of pages) for (const m of [...page].reverse()) byId.set(m.id, m);
  const time = (m: Message) => m.createdAt ?? Infinity;
  return [...byId.values()].sort((a, b) => time(a) - time(b)).slice(-count);
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
export function subscribeToLatestMessages(
  roomId: string,
  uid: string,
  count: number = CHAT_LIMITS.pageSize,
): Subscribe<Message[]> {
  return (onNext, onError) => {
    const pages: (Message[] | undefined)[] = [undefined, undefined];
    const unsubscribes = messageQueries(roomId, uid, orderBy('createdAt', 'desc'), limit(count)).map((q, i) =>
      onSnapshot(
        q,
        { includeMetadataChanges: true },
        (snap) => {
          pages[i] = snap.docs.map(toMessage);
          // A message moving between the two queries (flagged) may briefly be in both: merged by id.
          if (pages.every(Boolean)) onNext(mergeNewest(pages as Message[][], count));
        },
        onError,
      ),
    );
    return () => unsubscribes.forEach((u) => u());
  };
}

/** One page of history older than `before` (epoch ms), oldest first. */
export async function loadOlderMessages(roomId: string, uid: string, before: number): Promise<Message[]> {
  const snaps = await Promise.all(
    messageQueries(
      roomId,
      uid,
      orderBy('createdAt', 'desc'),
      startAfter(Timestamp.fromMillis(before)),
      limit(CHAT_LIMITS.pageSize),
    ).map((q) => getDocs(q)),
  );
  return mergeNewest(
    snaps.map((s) => s.docs.map(toMessage)),
    CHAT_LIMITS.pageSize,
  );
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
  const visible = query(messagesCol(roomId), where('hidden', '==', false));
  const q = lastReadAt ? query(visible, where('createdAt', '>', lastReadAt)) : visible;
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
