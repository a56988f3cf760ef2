import { emptyInputSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';

/** Removes the caller's wallet link. Minted certificates stay where they are (they are on chain). */
export const unlinkWallet = onCall(async (request) => {
  const uid = requireUser(request);
  parseInput(emptyInputSchema, request.data);
  const store = db();
  const userRef = store.doc(`users/${uid}`);
  await store.runTransaction(async (tx) => {
    const user = await tx.get(userRef);
    const address = user.get('walletAddress') as string | null | undefined;
    if (!address) return;
    const linkRef = store.doc(`walletLinks/${address}`);
    const link = await tx.get(linkRef);
    if (link.exists && link.get('uid') === uid) tx.delete(linkRef);
    tx.update(userRef, { walletAddress: null });
  });
  return { walletAddress: null };
});
