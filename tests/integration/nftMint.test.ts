// Minting through the real callable and trigger against the local chain (litesvm behind JSON-RPC,
// started by the harness): exactly one NFT per certificate under duplicate requests, duplicate
// deliveries, a crash halfway and a retry after failure; read back with spl-token's unpackers.
import { explorerUrl, type CertificateVerification, type WalletNonceResponse } from '@aether/common';
import { ExtensionType, getExtensionTypes, getMint, getTokenMetadata, TOKEN_2022_PROGRAM_ID } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveMintKeypair } from '../../functions/src/nft/chain';
import { mintCertificateNft } from '../../functions/src/nft/mintPipeline';
import { processMint } from '../../functions/src/nft/processMint';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, HOST, PORTS, PROJECT_ID, waitFor } from '../support/emulators';
import {
  chainConnection,
  createCertificate,
  mintAuthority,
  SOLANA_RPC,
  testWallet,
  type TestWallet,
} from '../support/nft';

const METADATA_BASE = `http://${HOST}:${PORTS.functions}/${PROJECT_ID}/us-central1/nft-metadata`;
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
  await waitFor(
    async () => ((await admin().db.doc(`users/${client.uid}`).get()).exists ? true : undefined),
    'profile',
    30_000,
  );
  return client;
}

async function link(client: Client, wallet: TestWallet) {
  const nonce = await client.call<object, WalletNonceResponse>('nft-requestWalletNonce', {});
  await client.call('nft-linkWallet', {
    nonceId: nonce.nonceId,
    address: wallet.address,
    signature: wallet.sign(nonce.message),
  });
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

const certData = async (id: string) => (await admin().db.doc(`certificates/${id}`).get()).data()!;

function settled(id: string) {
  return waitFor(
    async () => {
      const data = await certData(id);
      return data.status === 'minted' || data.status === 'failed' ? data : undefined;
    },
    `certificate ${id} to finish minting`,
    90_000,
  );
}

async function holdersOf(mint: string) {
  const { value } = await chainConnection().getTokenLargestAccounts(new PublicKey(mint));
  return value.filter((a) => a.amount !== '0');
}

describe('nft minting', () => {
  it('refuses to mint without a linked wallet, with a clear error', async () => {
    const alice = await member('alice@example.com');
    const id = await createCertificate(alice.uid);
    await expectCallError(
      alice.call('nft-requestMint', { certificateId: id }),
      'failed-precondition',
      /Link a Solana wallet/,
    );
    expect((await certData(id)).status).toBe('issued');
  }, 60_000);

  it("refuses someone else's certificate and bad input", async () => {
    const alice = await member('alice@example.com');
    const bob = await member('bob@example.com');
    await link(bob, testWallet());
    const id = await createCertificate(alice.uid);
    await expectCallError(bob.call('nft-requestMint', { certificateId: id }), 'not-found');
    await expectCallError(bob.call('nft-requestMint', {}), 'invalid-argument', /certificateId/);
    await expectCallError(bob.call('nft-requestMint', { certificateId: 'a/b' }), 'invalid-argument');
  }, 60_000);

  it('mints a non-transferable Token-2022 NFT to the wallet; the metadata endpoint and verification agree', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    await link(alice, wallet);
    const id = await createCertificate(alice.uid);
    expect(await alice.call('nft-requestMint', { certificateId: id })).toEqual({
      status: 'minting',
      walletAddress: wallet.address,
    });
    const done = await settled(id);
    expect(done.error ?? null).toBeNull();
    expect(done.status).toBe('minted');
    const authority = mintAuthority();
    expect(done.mint).toBe(deriveMintKeypair(authority, id).publicKey.toBase58());
    expect(done.walletAddress).toBe(wallet.address);
    expect(done.metadataUri).toBe(`${METADATA_BASE}/${id}`);
    expect(done.explorerUrl).toBe(explorerUrl('tx', done.signature, 'localnet', SOLANA_RPC));

    const connection = chainConnection();
    const mint = new PublicKey(done.mint);
    const info = await getMint(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(info.supply).toBe(1n);
    expect(info.decimals).toBe(0);
    expect(info.mintAuthority).toBeNull();
    expect(getExtensionTypes(info.tlvData)).toEqual(
      expect.arrayContaining([ExtensionType.NonTransferable, ExtensionType.MetadataPointer]),
    );
    const meta = await getTokenMetadata(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(meta).toMatchObject({ name: 'Aether: Projectile Motion', symbol: 'AETHER', uri: `${METADATA_BASE}/${id}` });
    expect(meta?.additionalMetadata).toEqual([
      ['course', 'physics-101'],
      ['date', '2026-12-01'],
      ['score', '87'],
    ]);

    const json = await fetch(`${METADATA_BASE}/${id}`);
    expect(json.status).toBe(200);
    expect(json.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const body = (await json.json()) as {
      name: string;
      image: string;
      attributes: { trait_type: string; value: unknown }[];
    };
    expect(body.name).toBe('Aether: Projectile Motion');
    expect(body.image).toBe(`${METADATA_BASE}/${id}/image.svg`);
    expect(body.attributes).toContainEqual({ trait_type: 'Score', value: 87 });
    const svg = await fetch(body.image);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toContain('Test Learner');

    const verify = (await (await fetch(`${METADATA_BASE}/${id}/verify`)).json()) as CertificateVerification;
    expect(verify.chain).toMatchObject({
      exists: true,
      supply: '1',
      decimals: 0,
      mintAuthority: null,
      nonTransferable: true,
      holder: wallet.address,
      holderMatches: true,
      metadataMatches: true,
    });
    expect((await fetch(`${METADATA_BASE}/nobody_nothing/verify`)).status).toBe(404);
  }, 120_000);

  it('concurrent requests and duplicate deliveries produce exactly one NFT', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    await link(alice, wallet);
    const id = await createCertificate(alice.uid);
    const requests = await Promise.allSettled(
      [1, 2, 3].map(() => alice.call('nft-requestMint', { certificateId: id })),
    );
    expect(requests.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // Duplicate deliveries of the trigger's event, racing the real trigger.
    const authority = mintAuthority();
    const deps = {
      connection: chainConnection(),
      authority,
      cluster: 'localnet' as const,
      metadataBaseUrl: METADATA_BASE,
      rpcUrl: SOLANA_RPC,
    };
    const outcomes = await Promise.all([1, 2, 3].map(() => processMint(admin().db, id, deps)));
    expect(outcomes.filter((o) => o === 'minted').length).toBeLessThanOrEqual(1);
    const done = await settled(id);
    expect(done.status).toBe('minted');
    // Redelivered after the fact: nothing to do.
    expect(await processMint(admin().db, id, deps)).toBe('not-minting');
    await expectCallError(
      alice.call('nft-requestMint', { certificateId: id }),
      'failed-precondition',
      /already minted/,
    );
    const holders = await holdersOf(done.mint);
    expect(holders).toHaveLength(1);
    expect((await getMint(deps.connection, new PublicKey(done.mint), 'confirmed', TOKEN_2022_PROGRAM_ID)).supply).toBe(
      1n,
    );
  }, 120_000);

  it('resumes a run that crashed after creating the mint', async () => {
    const alice = await member('alice@example.com');
    const wallet = testWallet();
    await link(alice, wallet);
    const id = await createCertificate(alice.uid);
    const authority = mintAuthority();
    // A run that dies after step 1: the mint exists on chain, nothing was issued, Firestore knows nothing.
    await expect(
      mintCertificateNft(
        chainConnection(),
        authority,
        {
          certificateId: id,
          holder: wallet.address,
          uri: `${METADATA_BASE}/${id}`,
          facts: {
            certificateId: id,
            courseId: 'physics-101',
            courseTitle: 'Projectile Motion',
            recipientName: 'Test Learner',
            score: 87,
            date: '2026-12-01',
          },
        },
        {
          afterStep: async (step) => {
            if (step === 'create-mint') throw new Error('crash');
          },
        },
      ),
    ).rejects.toThrow('crash');
    const mint = deriveMintKeypair(authority, id).publicKey;
    expect((await getMint(chainConnection(), mint, 'confirmed', TOKEN_2022_PROGRAM_ID)).supply).toBe(0n);

    await alice.call('nft-requestMint', { certificateId: id });
    const done = await settled(id);
    expect(done.status).toBe('minted');
    expect(done.mint).toBe(mint.toBase58());
    const info = await getMint(chainConnection(), mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(info.supply).toBe(1n);
    expect(info.mintAuthority).toBeNull();
    expect(await holdersOf(done.mint)).toHaveLength(1);
  }, 120_000);

  it('a failed mint shows its reason and can be retried', async () => {
    const alice = await member('alice@example.com');
    const id = await createCertificate(alice.uid);
    // A wallet address that no wallet can own (off the ed25519 curve): the chain step fails.
    const offCurve = PublicKey.findProgramAddressSync([Buffer.from('aether')], TOKEN_2022_PROGRAM_ID)[0].toBase58();
    await admin().db.doc(`users/${alice.uid}`).update({ walletAddress: offCurve });
    await alice.call('nft-requestMint', { certificateId: id });
    const failed = await settled(id);
    expect(failed.status).toBe('failed');
    expect(String(failed.error)).not.toBe('');

    const wallet = testWallet();
    await link(alice, wallet);
    await alice.call('nft-requestMint', { certificateId: id });
    const done = await settled(id);
    expect(done.status).toBe('minted');
    expect(done.error).toBeNull();
    expect(done.walletAddress).toBe(wallet.address);
    const holders = await holdersOf(done.mint);
    expect(holders).toHaveLength(1);
  }, 120_000);
});
