// The mint pipeline against a real Solana runtime (litesvm 1.5.0) behind the local JSON-RPC server,
// through the same web3.js Connection the functions use. Read back with spl-token's own unpackers.
import {
  ExtensionType,
  getExtensionTypes,
  getMint,
  getTokenMetadata,
  TOKEN_2022_PROGRAM_ID,
  unpackAccount,
} from '@solana/spl-token';
import { Keypair, LAMPORTS_PER_SOL, PublicKey, type Connection } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSolana, type LocalSolana } from '../../../scripts/lib/solanaLocal.mjs';
import { connectionFor, deriveMintKeypair } from './chain';
import { mintCertificateNft, readMintState, type MintJob } from './mintPipeline';

let chain: LocalSolana;
let connection: Connection;
const authority = Keypair.generate();

function job(certificateId: string, holder = Keypair.generate().publicKey.toBase58()): MintJob {
  return {
    certificateId,
    holder,
    uri: `http://127.0.0.1:5001/demo-aether/us-central1/nft-metadata/${certificateId}`,
    facts: {
      certificateId,
      courseId: 'physics-101',
      courseTitle: 'Projectile Motion',
      recipientName: 'Ada',
      score: 92.4,
      date: '2026-12-01',
    },
  };
}

async function holdersOf(mint: PublicKey) {
  const { value } = await connection.getTokenLargestAccounts(mint);
  return value.filter((a) => a.amount !== '0');
}

beforeAll(async () => {
  chain = await startLocalSolana({ port: 0 });
  connection = connectionFor(chain.url);
  const sig = await connection.requestAirdrop(authority.publicKey, 100 * LAMPORTS_PER_SOL);
  expect(typeof sig).toBe('string');
}, 60_000);

afterAll(async () => {
  await chain?.close();
});

describe('mintCertificateNft', () => {
  it('mints a non-transferable Token-2022 NFT: supply 1, 0 decimals, no mint authority, metadata fields', async () => {
    const j = job('alice_physics-101');
    const outcome = await mintCertificateNft(connection, authority, j);
    const mint = new PublicKey(outcome.mint);
    expect(mint.equals(deriveMintKeypair(authority, j.certificateId).publicKey)).toBe(true);
    expect(Object.keys(outcome.signatures).sort()).toEqual(['create-mint', 'issue-token']);

    const info = await getMint(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(info.supply).toBe(1n);
    expect(info.decimals).toBe(0);
    expect(info.mintAuthority).toBeNull();
    const extensions = getExtensionTypes(info.tlvData);
    expect(extensions).toContain(ExtensionType.NonTransferable);
    expect(extensions).toContain(ExtensionType.MetadataPointer);

    const metadata = await getTokenMetadata(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(metadata?.name).toBe('Aether: Projectile Motion');
    expect(metadata?.symbol).toBe('AETHER');
    expect(metadata?.uri).toBe(j.uri);
    expect(metadata?.additionalMetadata).toEqual([
      ['course', 'physics-101'],
      ['date', '2026-12-01'],
      ['score', '92'],
    ]);

    const holders = await holdersOf(mint);
    expect(holders).toHaveLength(1);
    const account = await connection.getAccountInfo(holders[0]!.address);
    const token = unpackAccount(holders[0]!.address, account, TOKEN_2022_PROGRAM_ID);
    expect(token.owner.toBase58()).toBe(j.holder);
    expect(token.amount).toBe(1n);
  }, 60_000);

  it('a second run finds the finished mint and changes nothing', async () => {
    const j = job('bob_physics-101');
    const first = await mintCertificateNft(connection, authority, j);
    const second = await mintCertificateNft(connection, authority, j);
    expect(second.mint).toBe(first.mint);
    expect(second.signatures).toEqual({});
    expect(second.skipped).toEqual(['create-mint', 'issue-token']);
    expect((await readMintState(connection, new PublicKey(first.mint)))?.supply).toBe(1n);
  }, 60_000);

  it('resumes after a crash between creating the mint and issuing the token', async () => {
    const j = job('carol_physics-101');
    await expect(
      mintCertificateNft(connection, authority, j, {
        afterStep: async (step) => {
          if (step === 'create-mint') throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const mint = deriveMintKeypair(authority, j.certificateId).publicKey;
    expect(await readMintState(connection, mint)).toMatchObject({
      supply: 0n,
      mintAuthority: authority.publicKey.toBase58(),
    });

    const resumed = await mintCertificateNft(connection, authority, j);
    expect(resumed.skipped).toEqual(['create-mint']);
    expect(Object.keys(resumed.signatures)).toEqual(['issue-token']);
    expect(await readMintState(connection, mint)).toEqual({ supply: 1n, decimals: 0, mintAuthority: null });
    expect(await holdersOf(mint)).toHaveLength(1);
  }, 60_000);

  it('five concurrent runs for one certificate produce exactly one token', async () => {
    const j = job('dave_physics-101');
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => mintCertificateNft(connection, authority, j)),
    );
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    expect(fulfilled.length).toBe(5);
    const mints = new Set(fulfilled.map((r) => (r as PromiseFulfilledResult<{ mint: string }>).value.mint));
    expect(mints.size).toBe(1);
    const mint = new PublicKey([...mints][0]!);
    const info = await getMint(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
    expect(info.supply).toBe(1n);
    expect(await holdersOf(mint)).toHaveLength(1);
  }, 120_000);

  it('different certificates get different mints', async () => {
    const a = await mintCertificateNft(connection, authority, job('erin_physics-101'));
    const b = await mintCertificateNft(connection, authority, job('erin_optics-201'));
    expect(a.mint).not.toBe(b.mint);
  }, 60_000);
});
