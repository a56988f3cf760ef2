// Test helpers for the nft capability: a real ed25519 wallet, the local chain the harness started
// (8899 + AETHER_PORT_OFFSET) and its demo mint authority, and certificates created with the Admin SDK.
import { certificateId, type CertificateDoc } from '@aether/common';
import { Connection, Keypair } from '@solana/web3.js';
import { Timestamp } from 'firebase-admin/firestore';
import { readFileSync } from 'node:fs';
import nacl from 'tweetnacl';
import { admin } from './clients';
import { HOST } from './emulators';

const OFFSET = Number(process.env.AETHER_PORT_OFFSET) || 0;
export const SOLANA_RPC = `http://${HOST}:${8899 + OFFSET}`;

export function chainConnection(): Connection {
  return new Connection(SOLANA_RPC, 'confirmed');
}

/** The demo mint authority the harness wrote into functions/.secret.local. */
export function mintAuthority(): Keypair {
  const line = readFileSync('functions/.secret.local', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('SOLANA_MINT_AUTHORITY='));
  if (!line) throw new Error('functions/.secret.local has no SOLANA_MINT_AUTHORITY (run through scripts/test.mjs)');
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(line.slice(line.indexOf('=') + 1)) as number[]));
}

export interface TestWallet {
  keypair: Keypair;
  address: string;
  sign(message: string): string;
}

/** A real keypair; signs like a wallet's signMessage (detached ed25519 over the UTF-8 bytes). */
export function testWallet(): TestWallet {
  const keypair = Keypair.generate();
  return {
    keypair,
    address: keypair.publicKey.toBase58(),
    sign: (message) =>
      Buffer.from(nacl.sign.detached(new TextEncoder().encode(message), keypair.secretKey)).toString('base64'),
  };
}

export async function createCertificate(
  uid: string,
  courseId = 'physics-101',
  extra: Partial<CertificateDoc> = {},
): Promise<string> {
  const id = certificateId(uid, courseId);
  await admin()
    .db.doc(`certificates/${id}`)
    .set({
      uid,
      courseId,
      courseTitle: 'Projectile Motion',
      recipientName: 'Test Learner',
      score: 87,
      issuedAt: Timestamp.fromDate(new Date('2026-12-01T10:00:00Z')),
      status: 'issued',
      ...extra,
    });
  return id;
}
