import { isDemoModel, type GenerationUsage } from '@aether/common';
import { FieldValue, Timestamp, type DocumentReference, type Firestore } from 'firebase-admin/firestore';

/** aiCache/{cacheKey}: a finished answer to an identical request (closed to clients). */
export interface CacheEntry {
  output: string;
  model: string;
  usage: GenerationUsage | null;
}

export type Claim =
  | { kind: 'run'; leaseId: string }
  | { kind: 'cached' }
  | { kind: 'quota-exceeded' }
  | { kind: 'cancelled' }
  | { kind: 'skip'; reason: string };

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const quotaRef = (db: Firestore, uid: string, ms: number) => db.doc(`aiQuota/${uid}_${utcDay(ms)}`);
export const cacheRef = (db: Firestore, key: string) => db.doc(`aiCache/${key}`);

export function quotaMessage(limit: number): string {
  return `You have used all ${limit} generations for today. The limit resets at midnight UTC.`;
}

/**
 * The one transaction that decides what happens to a generation: a redelivered event finds it no
 * longer queued (or under a live lease) and skips; a cancelled request ends; an identical earlier
 * request is served from the cache (no provider call, no quota); otherwise the daily quota is
 * counted (admins exempt) and the generation moves to `streaming` under a lease. A lease whose
 * holder died (no flush for leaseMs) may be taken over without counting the quota again.
 */
export async function claimGeneration(
  db: Firestore,
  ref: DocumentReference,
  options: { cacheKey: string; exempt: boolean; dailyLimit: number; leaseMs: number; now: number },
): Promise<Claim> {
  const { cacheKey, exempt, dailyLimit, leaseMs, now } = options;
  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) return { kind: 'skip', reason: 'missing' };
    const status = snap.get('status');
    const lease = snap.get('leaseExpiresAt') as Timestamp | undefined;
    const takeover = status === 'streaming' && lease instanceof Timestamp && lease.toMillis() < now;
    if (status !== 'queued' && !takeover) return { kind: 'skip', reason: `status ${String(status)}` };
    const ownerId = String(snap.get('ownerId'));
    const [cache, quota] = await Promise.all([
      snap.get('regenerate') === true ? null : tx.get(cacheRef(db, cacheKey)),
      exempt || takeover ? null : tx.get(quotaRef(db, ownerId, now)),
    ]);
    const ended = { completedAt: FieldValue.serverTimestamp(), updatedAt: FieldValue.serverTimestamp() };

    if (snap.get('cancelRequested') === true) {
      tx.update(ref, { status: 'cancelled', ...ended });
      return { kind: 'cancelled' };
    }
    if (cache?.exists) {
      const entry = cache.data() as CacheEntry;
      tx.update(ref, {
        status: 'done',
        output: entry.output,
        model: entry.model,
        usage: entry.usage ?? null,
        cacheKey,
        cached: true,
        demo: isDemoModel(entry.model),
        error: null,
        ...ended,
      });
      return { kind: 'cached' };
    }
    if (quota) {
      const used = Number(quota.get('count') ?? 0);
      if (used >= dailyLimit) {
        tx.update(ref, { status: 'error', error: quotaMessage(dailyLimit), quotaExceeded: true, ...ended });
        return { kind: 'quota-exceeded' };
      }
      tx.set(
        quota.ref,
        { uid: ownerId, day: utcDay(now), count: used + 1, updatedAt: FieldValue.serverTimestamp() },
        { merge: true },
      );
    }
    const leaseId = `${now}-${Math.random().toString(36).slice(2, 10)}`;
    tx.update(ref, {
      status: 'streaming',
      leaseId,
      leaseExpiresAt: Timestamp.fromMillis(now + leaseMs),
      startedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      cacheKey,
      output: '',
      error: null,
    });
    return { kind: 'run', leaseId };
  });
}
