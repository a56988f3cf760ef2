import { isSolanaCluster, type SolanaCluster } from '@aether/common';
import { defineSecret, defineString } from 'firebase-functions/params';

/**
 * Solana configuration (README "NFT certificates"). RPC URL and cluster are parameters with devnet
 * defaults in functions/.env; the harness overrides them in functions/.env.local to point at the
 * local chain. The mint authority keypair (JSON byte array as written by solana-keygen, or base58)
 * is a secret; under the emulator the harness writes a demo key into functions/.secret.local.
 */
export const SOLANA_RPC_URL = defineString('SOLANA_RPC_URL', { default: 'https://api.devnet.solana.com' });
export const SOLANA_CLUSTER = defineString('SOLANA_CLUSTER', { default: 'devnet' });
/** Base URL of the metadata endpoint as wallets will fetch it; empty = the deployed function URL. */
export const NFT_METADATA_BASE_URL = defineString('NFT_METADATA_BASE_URL', { default: '' });
/** Base URL of the web app, for the verification page link in the metadata. */
export const PUBLIC_APP_URL = defineString('PUBLIC_APP_URL', { default: '' });
export const SOLANA_MINT_AUTHORITY = defineSecret('SOLANA_MINT_AUTHORITY');

export function cluster(): SolanaCluster {
  const value = SOLANA_CLUSTER.value();
  return isSolanaCluster(value) ? value : 'devnet';
}

function projectId(): string {
  return process.env.GCLOUD_PROJECT ?? JSON.parse(process.env.FIREBASE_CONFIG ?? '{}').projectId ?? 'demo-aether';
}

export function metadataBaseUrl(): string {
  const configured = NFT_METADATA_BASE_URL.value().replace(/\/$/, '');
  return configured || `https://us-central1-${projectId()}.cloudfunctions.net/nft-metadata`;
}

export function appBaseUrl(): string {
  return PUBLIC_APP_URL.value().replace(/\/$/, '') || `https://${projectId()}.web.app`;
}
