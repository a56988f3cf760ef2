/** Solana clusters Aether can mint on; 'localnet' is the offline chain started by `npm start`. */
export const SOLANA_CLUSTERS = ['devnet', 'testnet', 'mainnet-beta', 'localnet'] as const;
export type SolanaCluster = (typeof SOLANA_CLUSTERS)[number];

export function isSolanaCluster(value: unknown): value is SolanaCluster {
  return typeof value === 'string' && (SOLANA_CLUSTERS as readonly string[]).includes(value);
}

/**
 * Explorer link for a transaction or an address on the configured cluster. The local chain has no
 * public explorer; the link uses the explorer's custom-RPC mode so it works while `npm start` runs.
 */
export function explorerUrl(
  kind: 'tx' | 'address',
  value: string,
  cluster: SolanaCluster,
  localRpcUrl = 'http://127.0.0.1:8899',
): string {
  const base = `https://explorer.solana.com/${kind}/${value}`;
  if (cluster === 'mainnet-beta') return base;
  if (cluster === 'localnet') return `${base}?cluster=custom&customUrl=${encodeURIComponent(localRpcUrl)}`;
  return `${base}?cluster=${cluster}`;
}
