import { PublicKey } from '@solana/web3.js';
import nacl from 'tweetnacl';

/** True when `signatureBase64` is the wallet's ed25519 signature of exactly `message`. */
export function verifyWalletSignature(message: string, address: string, signatureBase64: string): boolean {
  let publicKey: Uint8Array;
  try {
    publicKey = new PublicKey(address).toBytes();
  } catch {
    return false;
  }
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== nacl.sign.signatureLength) return false;
  return nacl.sign.detached.verify(new TextEncoder().encode(message), signature, publicKey);
}
