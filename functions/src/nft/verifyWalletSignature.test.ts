import { Keypair } from '@solana/web3.js';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { decodeBase58, encodeBase58, parseKeypair } from './chain';
import { verifyWalletSignature } from './verifyWalletSignature';

const wallet = Keypair.generate();
const other = Keypair.generate();
const sign = (message: string, key = wallet) =>
  Buffer.from(nacl.sign.detached(new TextEncoder().encode(message), key.secretKey)).toString('base64');

describe('verifyWalletSignature', () => {
  const message = 'Aether: link\nNonce: abc';
  it.each([
    ['the wallet signed this message', message, wallet.publicKey.toBase58(), sign(message), true],
    ['another key signed it', message, wallet.publicKey.toBase58(), sign(message, other), false],
    ['the message was changed', message, wallet.publicKey.toBase58(), sign(`${message}!`), false],
    ['the address is someone else', message, other.publicKey.toBase58(), sign(message), false],
    ['the signature is truncated', message, wallet.publicKey.toBase58(), sign(message).slice(0, 40), false],
    ['the address is not base58', message, 'not-an-address', sign(message), false],
  ])('%s → %s', (_case, msg, address, signature, ok) => {
    expect(verifyWalletSignature(msg, address, signature)).toBe(ok);
  });
});

describe('base58 and keypair parsing', () => {
  it('round-trips with web3.js', () => {
    const key = Keypair.generate();
    expect(encodeBase58(key.publicKey.toBytes())).toBe(key.publicKey.toBase58());
    expect(Buffer.from(decodeBase58(key.publicKey.toBase58())).equals(Buffer.from(key.publicKey.toBytes()))).toBe(true);
    expect(encodeBase58(new Uint8Array([0, 0, 1]))).toBe('112');
  });

  it('reads the authority as a JSON byte array or base58, and refuses anything else', () => {
    const key = Keypair.generate();
    expect(parseKeypair(JSON.stringify(Array.from(key.secretKey))).publicKey.equals(key.publicKey)).toBe(true);
    expect(parseKeypair(encodeBase58(key.secretKey)).publicKey.equals(key.publicKey)).toBe(true);
    expect(() => parseKeypair('')).toThrow(/not set/);
    expect(() => parseKeypair('[1,2,3]')).toThrow(/64-byte/);
  });
});
