import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';

/**
 * Runs `effect` at most once per event: the processedEvents marker is read and written in the
 * same transaction as the effect (counter increments, notifications), so a redelivered event
 * changes nothing. Increments are blind writes: concurrent likes do not contend on the post.
 */
export async function onceForEvent(
  db: Firestore,
  eventKey: string,
  effect: (tx: Transaction) => Promise<void> | void,
): Promise<'applied' | 'duplicate'> {
  const markerRef = db.doc(`processedEvents/social_${eventKey.replace(/\//g, '_')}`);
  return db.runTransaction(async (tx) => {
    if ((await tx.get(markerRef)).exists) return 'duplicate';
    await effect(tx);
    tx.set(markerRef, { kind: 'social', key: eventKey, at: FieldValue.serverTimestamp() });
    return 'applied';
  });
}
