import { emptyInputSchema, WALLET_NONCE_TTL_MS, walletLinkMessage, type WalletNonceResponse } from '@aether/common';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { randomBytes } from 'node:crypto';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';

/**
 * Step 1 of linking a wallet: a one-time nonce (walletNonces/{id}, closed to clients) that expires
 * after five minutes. The wallet signs the returned message; linkWallet verifies it.
 */
export const requestWalletNonce = onCall(async (request): Promise<WalletNonceResponse> => {
  const uid = requireUser(request);
  parseInput(emptyInputSchema, request.data);
  const nonce = randomBytes(16).toString('hex');
  const expires = new Date(Date.now() + WALLET_NONCE_TTL_MS);
  const expiresAt = expires.toISOString();
  const ref = db().collection('walletNonces').doc();
  await ref.set({
    uid,
    nonce,
    expiresAt: Timestamp.fromDate(expires),
    usedAt: null,
    createdAt: FieldValue.serverTimestamp(),
  });
  return { nonceId: ref.id, message: walletLinkMessage({ uid, nonce, expiresAt }), expiresAt };
});
