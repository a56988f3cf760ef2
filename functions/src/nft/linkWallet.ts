import { linkWalletInputSchema, walletLinkMessage } from '@aether/common';
import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { isValidAddress } from './chain';
import { verifyWalletSignature } from './verifyWalletSignature';

/**
 * Step 2: checks the nonce (the caller's, unused, unexpired), verifies the ed25519 signature of the
 * message rebuilt from it, and links the address — walletLinks/{address} makes an address belong
 * to one account at a time; users/{uid}.walletAddress is the public mirror the app shows.
 * The nonce is consumed in the same transaction, so a signature can never be replayed.
 */
export const linkWallet = onCall(async (request) => {
  const uid = requireUser(request);
  const input = parseInput(linkWalletInputSchema, request.data);
  if (!isValidAddress(input.address))
    throw new HttpsError('invalid-argument', 'address is not a Solana wallet address.');
  const store = db();
  const nonceRef = store.doc(`walletNonces/${input.nonceId}`);
  const linkRef = store.doc(`walletLinks/${input.address}`);
  const userRef = store.doc(`users/${uid}`);
  await store.runTransaction(async (tx) => {
    const [nonce, link, user] = await Promise.all([tx.get(nonceRef), tx.get(linkRef), tx.get(userRef)]);
    if (!nonce.exists || nonce.get('uid') !== uid) {
      throw new HttpsError('not-found', 'This link request is unknown. Start linking again.');
    }
    if (nonce.get('usedAt')) {
      throw new HttpsError('failed-precondition', 'This link request was already used. Start linking again.');
    }
    const expires = nonce.get('expiresAt') as Timestamp;
    if (expires.toMillis() < Date.now()) {
      throw new HttpsError('deadline-exceeded', 'This link request expired. Start linking again.');
    }
    const message = walletLinkMessage({ uid, nonce: nonce.get('nonce'), expiresAt: expires.toDate().toISOString() });
    if (!verifyWalletSignature(message, input.address, input.signature)) {
      throw new HttpsError('permission-denied', 'The signature does not match this wallet and message.');
    }
    if (link.exists && link.get('uid') !== uid) {
      throw new HttpsError('already-exists', 'This wallet is already linked to another account.');
    }
    if (!user.exists) throw new HttpsError('failed-precondition', 'Your profile is not ready yet. Try again.');
    const previous = user.get('walletAddress') as string | null | undefined;
    if (previous && previous !== input.address) tx.delete(store.doc(`walletLinks/${previous}`));
    tx.update(nonceRef, { usedAt: FieldValue.serverTimestamp() });
    tx.set(linkRef, { uid, linkedAt: FieldValue.serverTimestamp() });
    tx.update(userRef, { walletAddress: input.address });
  });
  return { walletAddress: input.address };
});
