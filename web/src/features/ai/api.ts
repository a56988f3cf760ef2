// Data layer for the AI studio, assistant and history: the only AI code that imports Firestore.
import {
  isDemoModel,
  newGenerationFields,
  threadTitleFrom,
  type GenerationRequest,
  type GenerationStatus,
  type GenerationType,
} from '@aether/common';
import {
  collection,
  doc,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type DocumentData,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { firestoreDb } from '../../lib/firestore';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';
import type { Generation, Thread } from './types';

const db = () => firestoreDb();
const generations = () => collection(db(), 'generations');
const threads = () => collection(db(), 'threads');

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

function toGeneration(snap: DocumentSnapshot): Generation | null {
  const d: DocumentData | undefined = snap.data({ serverTimestamps: 'none' });
  if (!d) return null;
  const model = textOrNull(d.model);
  return {
    id: snap.id,
    ownerId: text(d.ownerId),
    type: (d.type ?? 'code') as GenerationType,
    language: textOrNull(d.language),
    prompt: text(d.prompt),
    parentId: textOrNull(d.parentId),
    rootId: text(d.rootId) || snap.id,
    version: typeof d.version === 'number' ? d.version : 1,
    regenerate: d.regenerate === true,
    threadId: textOrNull(d.threadId),
    name: textOrNull(d.name),
    status: (d.status ?? 'queued') as GenerationStatus,
    output: text(d.output),
    model,
    usage: d.usage ?? null,
    cached: d.cached === true,
    demo: d.demo === true || isDemoModel(model),
    error: textOrNull(d.error),
    refused: d.refused === true,
    cancelRequested: d.cancelRequested === true,
    createdAt: toMillis(d.createdAt),
    pending: snap.metadata.hasPendingWrites,
  };
}

function toThread(snap: DocumentSnapshot): Thread | null {
  const d = snap.data({ serverTimestamps: 'none' });
  if (!d) return null;
  return {
    id: snap.id,
    ownerId: text(d.ownerId),
    title: text(d.title),
    createdAt: toMillis(d.createdAt),
    updatedAt: toMillis(d.updatedAt),
  };
}

const newestFirst = (a: { createdAt: number | null }, b: { createdAt: number | null }) =>
  (b.createdAt ?? Infinity) - (a.createdAt ?? Infinity);

/** Queues a generation; the trigger picks it up. Resolves with its id at once (works offline). */
export function createGeneration(uid: string, request: GenerationRequest): string {
  const ref = doc(generations());
  // Not awaited: offline, the write is queued in the persistent cache and the UI follows the doc.
  void setDoc(ref, { ...newGenerationFields(uid, ref.id, request), createdAt: serverTimestamp() });
  return ref.id;
}

export function subscribeToGeneration(id: string): Subscribe<Generation | null> {
  return (onNext, onError) =>
    onSnapshot(doc(generations(), id), { includeMetadataChanges: true }, (s) => onNext(toGeneration(s)), onError);
}

/** Every generation of the user, newest first (studio versions and assistant turns). */
export function subscribeToMyGenerations(uid: string): Subscribe<Generation[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(generations(), where('ownerId', '==', uid), orderBy('createdAt', 'desc')),
      { includeMetadataChanges: true },
      (snap) => onNext(snap.docs.map((d) => toGeneration(d)!).sort(newestFirst)),
      onError,
    );
}

export function subscribeToThreadTurns(uid: string, threadId: string): Subscribe<Generation[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(generations(), where('ownerId', '==', uid), where('threadId', '==', threadId), orderBy('createdAt', 'asc')),
      { includeMetadataChanges: true },
      (snap) => onNext(snap.docs.map((d) => toGeneration(d)!).sort((a, b) => -newestFirst(a, b))),
      onError,
    );
}

export function subscribeToMyThreads(uid: string): Subscribe<Thread[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(threads(), where('ownerId', '==', uid), orderBy('updatedAt', 'desc')),
      (snap) => onNext(snap.docs.map((d) => toThread(d)!)),
      onError,
    );
}

export async function requestCancel(id: string): Promise<void> {
  await updateDoc(doc(generations(), id), { cancelRequested: true });
}

export async function nameCheckpoint(id: string, name: string | null): Promise<void> {
  await updateDoc(doc(generations(), id), { name: name?.trim() ? name.trim() : null });
}

export async function deleteGenerations(ids: string[]): Promise<void> {
  const batch = writeBatch(db());
  for (const id of ids) batch.delete(doc(generations(), id));
  await batch.commit();
}

/** Starts a thread with its first message; returns the thread id. */
export function startThread(uid: string, firstMessage: string): string {
  const ref = doc(threads());
  const batch = writeBatch(db());
  batch.set(ref, {
    ownerId: uid,
    title: threadTitleFrom(firstMessage),
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  // One batch: the rules check the turn's thread as it will be after the write.
  const turn = doc(generations());
  batch.set(turn, {
    ...newGenerationFields(uid, turn.id, { type: 'chat', prompt: firstMessage, threadId: ref.id }),
    createdAt: serverTimestamp(),
  });
  void batch.commit();
  return ref.id;
}

export function sendThreadMessage(uid: string, threadId: string, title: string, message: string): void {
  createGeneration(uid, { type: 'chat', prompt: message, threadId });
  void updateDoc(doc(threads(), threadId), { title, updatedAt: serverTimestamp() });
}

/** Deletes a thread and its turns. */
export async function deleteThread(threadId: string, turnIds: string[]): Promise<void> {
  const batch = writeBatch(db());
  for (const id of turnIds) batch.delete(doc(generations(), id));
  batch.delete(doc(threads(), threadId));
  await batch.commit();
}
