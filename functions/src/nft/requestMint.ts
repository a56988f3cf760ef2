import { requestMintInputSchema } from '@aether/common';
import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { MINT_LEASE_MS } from './processMint';

/**
 * "Mint as NFT": the caller's own certificate, issued or failed (or stuck in minting with no live
 * run), and a linked wallet. Moves it to 'minting' with the wallet snapshotted; the
 * onCertificateWritten trigger does the chain work.
 */
export const requestMint = onCall(async (request) => {
  const uid = requireUser(request);
  const { certificateId } = parseInput(requestMintInputSchema, request.data);
  const store = db();
  const certRef = store.doc(`certificates/${certificateId}`);
  const jobRef = store.doc(`nftMints/${certificateId}`);
  const userRef = store.doc(`users/${uid}`);
  return store.runTransaction(async (tx) => {
    const [cert, job, user] = await Promise.all([tx.get(certRef), tx.get(jobRef), tx.get(userRef)]);
    if (!cert.exists || cert.get('uid') !== uid) throw new HttpsError('not-found', 'No such certificate of yours.');
    const status = cert.get('status');
    if (status === 'minted') throw new HttpsError('failed-precondition', 'This certificate is already minted.');
    if (status === 'minting') {
      const lease = job.get('leaseExpiresAt') as Timestamp | null | undefined;
      const requested = cert.get('mintRequestedAt') as Timestamp | null | undefined;
      const live =
        (lease && lease.toMillis() > Date.now()) || (requested && requested.toMillis() + MINT_LEASE_MS > Date.now());
      if (live) throw new HttpsError('failed-precondition', 'This certificate is being minted right now.');
    }
    const walletAddress = user.get('walletAddress') as string | null | undefined;
    if (!walletAddress) {
      throw new HttpsError('failed-precondition', 'Link a Solana wallet in Settings before minting this certificate.');
    }
    tx.update(certRef, {
      status: 'minting',
      walletAddress,
      error: null,
      mintRequestedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return { status: 'minting' as const, walletAddress };
  });
});
