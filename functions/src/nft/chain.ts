import { Connection, Keypair, PublicKey, type Transaction } from '@solana/web3.js';
import { createHmac } from 'node:crypto';

/**
 * Solana plumbing shared by the mint pipeline and the verification reads. Plain web3.js 1.x
 * `Connection` calls, so the local chain and a real cluster take the same path. Confirmation polls
 * getSignatureStatuses instead of a websocket subscription (fewer moving parts, works everywhere).
 */
export function connectionFor(rpcUrl: string): Connection {
  return new Connection(rpcUrl, { commitment: 'confirmed', disableRetryOnRateLimit: false });
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function decodeBase58(text: string): Uint8Array {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58_ALPHABET.indexOf(char);
    if (digit < 0) throw new Error('not base58');
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for (const char of text) {
    if (char !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

export function encodeBase58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = '';
  while (value > 0n) {
    text = BASE58_ALPHABET[Number(value % 58n)] + text;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

/** Parses the mint authority secret: a solana-keygen JSON byte array or a base58 secret key. */
export function parseKeypair(secret: string): Keypair {
  const text = secret.trim();
  if (!text) throw new Error('SOLANA_MINT_AUTHORITY is not set');
  const bytes = text.startsWith('[') ? Uint8Array.from(JSON.parse(text) as number[]) : decodeBase58(text);
  if (bytes.length !== 64) throw new Error('SOLANA_MINT_AUTHORITY must be a 64-byte secret key');
  return Keypair.fromSecretKey(bytes);
}

/**
 * The certificate's mint keypair, derived from the authority's secret and the certificate id. Every
 * run for the same certificate computes the same address, so a second run finds the mint the
 * first one created instead of making another; no one without the authority secret can predict it.
 */
export function deriveMintKeypair(authority: Keypair, certificateId: string): Keypair {
  const seed = createHmac('sha256', Buffer.from(authority.secretKey))
    .update(`aether-certificate-mint:${certificateId}`)
    .digest();
  return Keypair.fromSeed(seed);
}

export function isValidAddress(text: string): boolean {
  try {
    return PublicKey.isOnCurve(new PublicKey(text).toBytes());
  } catch {
    return false;
  }
}

/** Signs, sends and waits until the cluster reports the transaction confirmed; returns its signature. */
export async function sendAndConfirm(
  connection: Connection,
  tx: Transaction,
  signers: Keypair[],
  options: { timeoutMs?: number; onSigned?: (signature: string) => Promise<void> } = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash('confirmed');
  tx.recentBlockhash = blockhash;
  tx.lastValidBlockHeight = lastValidBlockHeight;
  tx.feePayer = signers[0]!.publicKey;
  tx.sign(...signers);
  // Known before sending: recorded first, so a run that dies mid-flight leaves a trace to follow.
  await options.onSigned?.(encodeBase58(tx.signature!));
  const signature = await connection.sendRawTransaction(tx.serialize(), {
    skipPreflight: false,
    preflightCommitment: 'confirmed',
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { value } = await connection.getSignatureStatuses([signature]);
    const status = value[0];
    if (status?.err) throw new Error(`transaction ${signature} failed: ${JSON.stringify(status.err)}`);
    if (status && (status.confirmationStatus === 'confirmed' || status.confirmationStatus === 'finalized')) {
      return signature;
    }
    if (Date.now() > deadline) throw new Error(`transaction ${signature} was not confirmed in time`);
    await new Promise((r) => setTimeout(r, 400));
  }
}
