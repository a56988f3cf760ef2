// Wallet linking through the real callables: ed25519 signature over a one-time nonce, verified
// server-side; replayed, forged, expired and already-taken cases answered with clear errors.
import type { WalletNonceResponse } from '@aether/common';
import { Timestamp } from 'firebase-admin/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';
import { testWallet } from '../support/nft';

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function member(email: string) {
  const client = await signedInClient(email);
  clients.push(client);
  // The auth trigger creates the profile the link is written to.
  await waitFor(
    async () => ((await admin().db.doc(`users/${client.uid}`).get()).exists ? true : undefined),
    'profile',
    30_000,
  );
  return client;
}

async function expectCallError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = (await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  )) as { code?: string; message?: string };
  expect(error.code).toBe(`functions/${code}`);
  if (message) expect(error.message).toMatch(message);
}

const walletAddressOf = async (uid: string) => (await admin().db.doc(`users/${uid}`).get()).get('walletAddress');

describe('nft wallet link', () => {
  it('links a wallet whose signature over the nonce message verifies, then unlinks it', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    const nonce = await alice.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    expect(nonce.message).toContain(`Account: ${alice.uid}`);
    const result = await alice.call('nft-linkWallet', {
      nonceId: nonce.nonceId,
      address: wallet.address,
      signature: wallet.sign(nonce.message),
    });
    expect(result).toEqual({ walletAddress: wallet.address });
    expect(await walletAddressOf(alice.uid)).toBe(wallet.address);
    expect((await admin().db.doc(`walletLinks/${wallet.address}`).get()).get('uid')).toBe(alice.uid);

    await alice.call('nft-unlinkWallet', {});
    expect(await walletAddressOf(alice.uid)).toBeNull();
    expect((await admin().db.doc(`walletLinks/${wallet.address}`).get()).exists).toBe(false);
  }, 60_000);

  it('rejects a replayed signature: a nonce works once', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    const nonce = await alice.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    const input = { nonceId: nonce.nonceId, address: wallet.address, signature: wallet.sign(nonce.message) };
    await alice.call('nft-linkWallet', input);
    await alice.call('nft-unlinkWallet', {});
    await expectCallError(alice.call('nft-linkWallet', input), 'failed-precondition', /already used/);
    expect(await walletAddressOf(alice.uid)).toBeNull();
  }, 60_000);

  it('rejects forged signatures: another key, another message, another address', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    const impostor = testWallet();
    const nonce = await alice.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    const denied = /signature does not match/;
    await expectCallError(
      alice.call('nft-linkWallet', {
        nonceId: nonce.nonceId,
        address: wallet.address,
        signature: impostor.sign(nonce.message),
      }),
      'permission-denied',
      denied,
    );
    await expectCallError(
      alice.call('nft-linkWallet', {
        nonceId: nonce.nonceId,
        address: wallet.address,
        signature: wallet.sign(nonce.message.replace(alice.uid, 'someone-else')),
      }),
      'permission-denied',
      denied,
    );
    await expectCallError(
      alice.call('nft-linkWallet', {
        nonceId: nonce.nonceId,
        address: impostor.address,
        signature: wallet.sign(nonce.message),
      }),
      'permission-denied',
      denied,
    );
    expect(await walletAddressOf(alice.uid)).toBeNull();
  }, 60_000);

  it("rejects an expired nonce and someone else's nonce", async () => {
    const alice = await member('alice@example.com');
    const bob = await member('bob@example.com');
    const wallet = testWallet();
    const nonce = await alice.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    const input = { nonceId: nonce.nonceId, address: wallet.address, signature: wallet.sign(nonce.message) };
    await expectCallError(bob.call('nft-linkWallet', input), 'not-found', /unknown/);
    await admin()
      .db.doc(`walletNonces/${nonce.nonceId}`)
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    await expectCallError(alice.call('nft-linkWallet', input), 'deadline-exceeded', /expired/);
  }, 60_000);

  it('refuses an address already linked to another account', async () => {
    const alice = await member('alice@example.com');
    const bob = await member('bob@example.com');
    const wallet = testWallet();
    const a = await alice.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    await alice.call('nft-linkWallet', {
      nonceId: a.nonceId,
      address: wallet.address,
      signature: wallet.sign(a.message),
    });
    const b = await bob.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
    await expectCallError(
      bob.call('nft-linkWallet', { nonceId: b.nonceId, address: wallet.address, signature: wallet.sign(b.message) }),
      'already-exists',
      /linked to another account/,
    );
    expect(await walletAddressOf(bob.uid)).toBeNull();
  }, 60_000);

  it('answers bad input and anonymous callers clearly', async () => {
    const alice = await member('alice@example.com');
    await expectCallError(
      alice.call('nft-linkWallet', { nonceId: 'x', address: 'not-an-address', signature: 'AA==' }),
      'invalid-argument',
      /base58/,
    );
    await expectCallError(alice.call('nft-linkWallet', {}), 'invalid-argument', /nonceId/);
    await expectCallError(alice.call('nft-requestWalletNonce', { extra: 1 }), 'invalid-argument');
    await alice.auth.signOut();
    await expectCallError(alice.call('nft-requestWalletNonce', {}), 'unauthenticated');
  }, 60_000);
});
