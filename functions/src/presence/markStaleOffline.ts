import { Timestamp, type Firestore } from 'firebase-admin/firestore';

/**
 * Marks users whose heartbeat stopped (closed laptop, killed tab) offline. Each update is
 * conditional on the heartbeat still being stale, so a user who just came back is not knocked out.
 */
export async function markStaleOffline(db: Firestore, now: number, staleAfterMs: number): Promise<number> {
  const cutoff = Timestamp.fromMillis(now - staleAfterMs);
  const stale = await db
    .collection('presence')
    .where('state', 'in', ['online', 'away'])
    .where('lastSeen', '<', cutoff)
    .limit(500)
    .get();
  let marked = 0;
  for (const snap of stale.docs) {
    const changed = await db.runTransaction(async (tx) => {
      const fresh = await tx.get(snap.ref);
      const lastSeen: Timestamp | undefined = fresh.get('lastSeen');
      if (fresh.get('state') === 'offline' || !lastSeen || lastSeen.toMillis() >= cutoff.toMillis()) return false;
      tx.update(snap.ref, { state: 'offline', roomId: null });
      return true;
    });
    if (changed) marked++;
  }
  return marked;
}
