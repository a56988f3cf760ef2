import type { Firestore } from 'firebase-admin/firestore';

/**
 * Copies the owner's privacy choice onto the public profile as `isPrivate`, so rules and queries
 * can honour it without reading the private doc. Writes only when the value differs, which makes
 * redelivery harmless and keeps the trigger from re-firing itself.
 */
export async function mirrorPrivacy(db: Firestore, uid: string, privacy: unknown): Promise<boolean> {
  const isPrivate = privacy === 'private';
  const ref = db.doc(`users/${uid}`);
  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('isPrivate') === isPrivate) return false;
    tx.update(ref, { isPrivate });
    return true;
  });
}
