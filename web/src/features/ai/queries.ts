import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { GenerationRequest } from '@aether/common';
import type { Generation, Thread } from './types';

// The data layer (and Firestore) loads on first use.
const api = () => import('./api');

export const aiKeys = {
  generation: (id: string) => ['ai', 'generation', id] as const,
  mine: (uid: string) => ['ai', 'generations', uid] as const,
  threads: (uid: string) => ['ai', 'threads', uid] as const,
  turns: (uid: string, threadId: string) => ['ai', 'turns', uid, threadId] as const,
};

export function useGeneration(id: string | null) {
  const key = id ?? '-';
  return useLiveQuery<Generation | null>(
    aiKeys.generation(key),
    lazySubscribe(() => api().then((m) => m.subscribeToGeneration(key))),
    Boolean(id),
  );
}

/** Every generation of the user, newest first: versions, history and threads all read this one list. */
export function useMyGenerations(uid: string | undefined) {
  const key = uid ?? '-';
  return useLiveQuery<Generation[]>(
    aiKeys.mine(key),
    lazySubscribe(() => api().then((m) => m.subscribeToMyGenerations(key))),
    Boolean(uid),
  );
}

export function useMyThreads(uid: string | undefined) {
  const key = uid ?? '-';
  return useLiveQuery<Thread[]>(
    aiKeys.threads(key),
    lazySubscribe(() => api().then((m) => m.subscribeToMyThreads(key))),
    Boolean(uid),
  );
}

export function useThreadTurns(uid: string, threadId: string | undefined) {
  const key = threadId ?? '-';
  return useLiveQuery<Generation[]>(
    aiKeys.turns(uid, key),
    lazySubscribe(() => api().then((m) => m.subscribeToThreadTurns(uid, key))),
    Boolean(threadId),
  );
}

/** The mutations, loaded with the data layer. */
export const aiActions = {
  create: async (uid: string, request: GenerationRequest) => (await api()).createGeneration(uid, request),
  cancel: async (id: string) => (await api()).requestCancel(id),
  name: async (id: string, name: string | null) => (await api()).nameCheckpoint(id, name),
  remove: async (ids: string[]) => (await api()).deleteGenerations(ids),
  startThread: async (uid: string, text: string) => (await api()).startThread(uid, text),
  send: async (uid: string, threadId: string, title: string, text: string) =>
    (await api()).sendThreadMessage(uid, threadId, title, text),
  removeThread: async (threadId: string, turnIds: string[]) => (await api()).deleteThread(threadId, turnIds),
};

/** Versions of one studio result, oldest first. */
export function versionsOf(all: Generation[] | undefined, rootId: string | null): Generation[] {
  if (!all || !rootId) return [];
  return all.filter((g) => g.rootId === rootId && g.type !== 'chat').sort((a, b) => a.version - b.version);
}
