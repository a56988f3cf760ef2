import { certificateId } from '@aether/common';
import { expect, test, type Page } from '@playwright/test';
import { Keypair } from '@solana/web3.js';
import { Timestamp } from 'firebase-admin/firestore';
import nacl from 'tweetnacl';
import { adminDb, createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

/**
 * Injects a Phantom-style provider backed by a real ed25519 keypair: the page sees window.solana
 * (connect, signMessage); the signing happens in the test process with tweetnacl. `reject` makes
 * the wallet decline like a user pressing "Cancel".
 */
async function injectWallet(page: Page, keypair: Keypair, options: { reject?: boolean } = {}) {
  await page.exposeFunction('__testWalletSign', (messageBase64: string) =>
    Buffer.from(nacl.sign.detached(Buffer.from(messageBase64, 'base64'), keypair.secretKey)).toString('base64'),
  );
  await page.addInitScript(
    ({ address, reject }) => {
      const publicKey = { toBase58: () => address, toString: () => address };
      const w = window as unknown as Record<string, unknown>;
      w.solana = {
        isPhantom: true,
        publicKey: null,
        connect: async () => ({ publicKey }),
        disconnect: async () => undefined,
        signMessage: async (message: Uint8Array) => {
          if (reject) throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
          let binary = '';
          for (const byte of message) binary += String.fromCharCode(byte);
          const sign = w.__testWalletSign as (m: string) => Promise<string>;
          const signature = Uint8Array.from(atob(await sign(btoa(binary))), (c) => c.charCodeAt(0));
          return { signature, publicKey };
        },
      };
    },
    { address: keypair.publicKey.toBase58(), reject: options.reject ?? false },
  );
}

async function issueCertificate(uid: string, courseId: string, recipientName: string) {
  const id = certificateId(uid, courseId);
  await adminDb()
    .doc(`certificates/${id}`)
    .set({
      uid,
      courseId,
      courseTitle: 'Orbital Mechanics',
      recipientName,
      score: 95,
      issuedAt: Timestamp.fromDate(new Date('2026-12-01T09:00:00Z')),
      status: 'issued',
    });
  return id;
}

test('link a wallet by signing, mint a certificate, see "Minted" and the verification page', async ({ page }) => {
  test.setTimeout(300_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const learner = await createAccount(`nft-${suffix}@e2e.test`, `Nia ${suffix}`);
  const wallet = Keypair.generate();
  await injectWallet(page, wallet);
  await signInAndWait(page, learner.email, learner.password);

  // No wallet yet: the certificate page says how to get one linked.
  const id = await issueCertificate(learner.uid, `orbits-${suffix}`, learner.displayName);
  await page.goto('/certificates');
  await expect(page.getByRole('heading', { name: 'Orbital Mechanics' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('mint-status')).toHaveText('Not minted');
  await expect(page.getByRole('link', { name: 'Link a Solana wallet' })).toBeVisible();

  await page.goto('/settings');
  const card = page.getByRole('region', { name: 'Solana wallet' });
  await expect(card.getByText('No wallet linked.')).toBeVisible({ timeout: 20_000 });
  await card.getByRole('button', { name: 'Link Phantom' }).click();
  await expect(card.getByText(wallet.publicKey.toBase58())).toBeVisible({ timeout: 90_000 });

  await page.goto('/certificates');
  await page.getByRole('button', { name: 'Mint as NFT' }).click();
  await expect(page.getByTestId('mint-status')).toHaveText('Minted', { timeout: 120_000 });
  await expect(page.getByRole('link', { name: 'View on Solana Explorer' })).toHaveAttribute(
    'href',
    /explorer\.solana\.com\/tx\/.+cluster=custom/,
  );
  const stored = (await adminDb().doc(`certificates/${id}`).get()).data()!;
  await expect(page.getByText(stored.mint)).toBeVisible();

  // The public page, opened by someone who is not signed in.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(`/certificates/${encodeURIComponent(id)}`);
  await expect(visitor.getByTestId('verify-summary')).toHaveText(/^Verified/, { timeout: 60_000 });
  await expect(visitor.getByText(`Awarded to ${learner.displayName}`)).toBeVisible();
  const checks = visitor.getByRole('list', { name: 'Checks' });
  await expect(checks.getByRole('listitem')).toHaveCount(6);
  await expect(checks.getByText('✗')).toHaveCount(0);
  await expect(checks.getByText(wallet.publicKey.toBase58())).toBeVisible();
  await expect(checks.getByText('Supply is exactly 1 with 0 decimals')).toBeVisible();
  await expect(visitor.getByRole('img', { name: /Certificate: .* completed Orbital Mechanics/ })).toBeVisible();
  await visitor.close();
});

test('a declined signature links nothing and says so; an unknown certificate is reported', async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const learner = await createAccount(`nft-no-${suffix}@e2e.test`, `Noa ${suffix}`);
  await injectWallet(page, Keypair.generate(), { reject: true });
  await signInAndWait(page, learner.email, learner.password);
  await page.goto('/settings');
  const card = page.getByRole('region', { name: 'Solana wallet' });
  await card.getByRole('button', { name: 'Link Phantom' }).click();
  await expect(card.getByRole('alert')).toHaveText(/declined the request/, { timeout: 30_000 });
  await expect(card.getByText('No wallet linked.')).toBeVisible();
  expect((await adminDb().doc(`users/${learner.uid}`).get()).get('walletAddress')).toBeNull();

  await page.goto('/certificates/nobody_nothing');
  await expect(page.getByRole('heading', { name: 'Certificate not found' })).toBeVisible({ timeout: 30_000 });
});
