// Data layer for reports and the moderation queue: callables for every action, a live queue read.
import type { ReportInput, ResolveInput } from '@aether/common/social/schema';
import { collection, limit, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { firestoreDb } from '../../lib/firestore';
import { cloudFunctions } from '../../lib/functions';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';

export interface QueueItem {
  id: string;
  kind: string;
  path: string;
  authorId: string;
  excerpt: string;
  sources: string[];
  categories: string[];
  reasons: string[];
  reportCount: number;
  status: string;
  updatedAt: number | null;
}

export async function report(input: ReportInput): Promise<{ status: 'reported' | 'already-reported' }> {
  const call = httpsCallable<ReportInput, { status: 'reported' | 'already-reported' }>(
    cloudFunctions(),
    'moderation-report',
  );
  return (await call(input)).data;
}

export async function resolve(input: ResolveInput): Promise<void> {
  await httpsCallable(cloudFunctions(), 'moderation-resolve')(input);
}

/** Open items, most recently flagged or reported first. */
export function subscribeToOpenQueue(): Subscribe<QueueItem[]> {
  const q = query(
    collection(firestoreDb(), 'moderationQueue'),
    where('status', '==', 'open'),
    orderBy('updatedAt', 'desc'),
    limit(100),
  );
  return (onNext, onError) =>
    onSnapshot(
      q,
      (s) =>
        onNext(
          s.docs.map((d) => {
            const x = d.data();
            return {
              id: d.id,
              kind: String(x.kind ?? ''),
              path: String(x.path ?? ''),
              authorId: String(x.authorId ?? ''),
              excerpt: String(x.excerpt ?? ''),
              sources: Array.isArray(x.sources) ? x.sources : [],
              categories: Array.isArray(x.categories) ? x.categories : [],
              reasons: Array.isArray(x.reasons) ? x.reasons : [],
              reportCount: Number(x.reportCount ?? 0),
              status: String(x.status ?? 'open'),
              updatedAt: toMillis(x.updatedAt),
            };
          }),
        ),
      onError,
    );
}
