import { moderationQueueId, type ModerationQueueItem, type QueueSource } from '@aether/common';
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';

export interface QueueEntry {
  kind: ModerationQueueItem['kind'];
  /** Full document path of the content. */
  path: string;
  authorId: string;
  excerpt: string;
  categories: string[];
  /** Why it is queued: the classifier's reason or the reporter's. */
  reason: string | null;
}

const EXCERPT_MAX = 280;
const REASONS_MAX = 20;
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Creates or merges the moderationQueue item for a piece of content: sources, categories and
 * reasons are unions, reports count up, and an item a moderator approved opens again (content a
 * moderator removed stays removed). It reads before it writes, so call it before any other write
 * of the transaction. Returns the queue id.
 */
export async function addToQueue(
  db: Firestore,
  tx: Transaction,
  entry: QueueEntry,
  source: QueueSource,
): Promise<string> {
  const id = moderationQueueId(entry.kind, entry.path);
  const ref = db.doc(`moderationQueue/${id}`);
  const snap = await tx.get(ref);
  const existing = snap.exists ? (snap.data() as Partial<ModerationQueueItem>) : null;
  const reasons = entry.reason ? [entry.reason] : [];
  const item: ModerationQueueItem = {
    kind: entry.kind,
    path: entry.path,
    authorId: entry.authorId,
    excerpt: entry.excerpt.slice(0, EXCERPT_MAX),
    sources: union(existing?.sources ?? [], [source]) as QueueSource[],
    categories: union(existing?.categories ?? [], entry.categories),
    reasons: union(existing?.reasons ?? [], reasons).slice(-REASONS_MAX),
    reportCount: (existing?.reportCount ?? 0) + (source === 'report' ? 1 : 0),
    status: existing?.status === 'removed' ? 'removed' : 'open',
  };
  tx.set(
    ref,
    {
      ...item,
      updatedAt: FieldValue.serverTimestamp(),
      ...(existing ? {} : { createdAt: FieldValue.serverTimestamp(), resolvedAt: null, resolvedBy: null }),
    },
    { merge: true },
  );
  return id;
}
