// Data layer for analytics: the only analytics code that imports Firestore and Functions.
import type { AnalyticsEvent, SearchUsersInput, UserSearchResult } from '@aether/common';
import { doc, onSnapshot, serverTimestamp, setDoc } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { firestoreDb } from '../../lib/firestore';
import { cloudFunctions } from '../../lib/functions';
import type { Subscribe } from '../../lib/liveQuery';
import type { AdminSummary } from './types';

/**
 * Writes one batch. The write lands in Firestore's persistent cache at once and reaches the server
 * when online; the returned promise is not awaited for the server (offline it would never settle).
 */
export async function sendEventBatch(uid: string, batchId: string, events: AnalyticsEvent[]): Promise<void> {
  const write = setDoc(doc(firestoreDb(), 'events', batchId), { uid, createdAt: serverTimestamp(), events });
  write.catch(() => undefined);
}

export function subscribeToSummary(): Subscribe<AdminSummary | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(firestoreDb(), 'stats', 'summary'),
      (snap) => onNext(snap.exists() ? (snap.data() as AdminSummary) : null),
      onError,
    );
}

export async function runRollupNow(): Promise<AdminSummary> {
  const call = httpsCallable<Record<string, never>, AdminSummary>(cloudFunctions(), 'analytics-runRollupNow');
  return (await call({})).data;
}

export async function searchUsers(input: SearchUsersInput): Promise<UserSearchResult[]> {
  const call = httpsCallable<SearchUsersInput, { users: UserSearchResult[] }>(cloudFunctions(), 'admin-searchUsers');
  return (await call(input)).data.users;
}
