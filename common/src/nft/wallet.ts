/**
 * Wallet linking: the server issues a one-time nonce (walletNonces/{id}, closed to clients), the
 * wallet signs exactly this message, and the linkWallet callable rebuilds it from the stored nonce
 * and verifies the ed25519 signature. Both sides build the text here so they can never drift.
 */
export const WALLET_NONCE_TTL_MS = 5 * 60 * 1000;

export function walletLinkMessage(input: { uid: string; nonce: string; expiresAt: string }): string {
  return [
    'Aether: link this Solana wallet to my account.',
    '',
    `Account: ${input.uid}`,
    `Nonce: ${input.nonce}`,
    `Expires: ${input.expiresAt}`,
    '',
    'Signing is free and does not send a transaction.',
  ].join('\n');
}

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

/** A plausible base58 Solana address (the server also checks it decodes to 32 bytes). */
export function isSolanaAddress(value: unknown): value is string {
  return typeof value === 'string' && BASE58.test(value);
}

/** "AbCd…WxYz" for display. */
export function shortAddress(address: string): string {
  return address.length > 10 ? `${address.slice(0, 4)}…${address.slice(-4)}` : address;
}

export interface WalletNonceResponse {
  nonceId: string;
  message: string;
  expiresAt: string;
}
