// Starts the local Solana chain beside the emulators and points the functions at it:
// functions/.env.local (RPC URL, cluster, metadata and app URLs; git-ignored, read by the Functions
// emulator only) and a demo mint authority in functions/.secret.local (generated once, git-ignored).
// Set AETHER_SOLANA=off to leave functions/.env's cluster (devnet by default) in charge instead.
import { Keypair } from '@solana/web3.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, PORT_OFFSET, PORTS, PROJECT_ID, ROOT } from './emulatorEnv.mjs';
import { setLocalEnv } from './functionsEnvLocal.mjs';
import { SOLANA_BASE_PORT, startLocalSolana } from './solanaLocal.mjs';

export const SOLANA_PORT = SOLANA_BASE_PORT + PORT_OFFSET;
const SECRET_FILE = join(ROOT, 'functions', '.secret.local');

function readLines(path) {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
}

/** The demo mint authority from functions/.secret.local, created there if missing. */
export function demoMintAuthority() {
  const line = readLines(SECRET_FILE).find((l) => l.startsWith('SOLANA_MINT_AUTHORITY='));
  if (line) return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(line.slice(line.indexOf('=') + 1))));
  const keypair = Keypair.generate();
  const kept = readLines(SECRET_FILE).filter((l) => l.trim() !== '');
  kept.push(`SOLANA_MINT_AUTHORITY=${JSON.stringify(Array.from(keypair.secretKey))}`);
  writeFileSync(SECRET_FILE, `${kept.join('\n')}\n`, { mode: 0o600 });
  return keypair;
}

const writeEnvLocal = (values) => setLocalEnv('local Solana chain', values);

/** Starts the chain and funds the mint authority; returns { url, close } or null when turned off. */
export async function startSolanaForEmulators() {
  if (process.env.AETHER_SOLANA === 'off') {
    writeEnvLocal({});
    return null;
  }
  const authority = demoMintAuthority();
  let chain;
  try {
    chain = await startLocalSolana({ port: SOLANA_PORT, host: HOST });
  } catch (error) {
    console.error(`✗ Local Solana chain could not start on ${HOST}:${SOLANA_PORT}: ${error.message}`);
    process.exit(1);
  }
  await chain.chain.handle({ method: 'requestAirdrop', params: [authority.publicKey.toBase58(), 1_000_000_000_000] });
  writeEnvLocal({
    SOLANA_RPC_URL: chain.url,
    SOLANA_CLUSTER: 'localnet',
    NFT_METADATA_BASE_URL: `http://${HOST}:${PORTS.functions}/${PROJECT_ID}/us-central1/nft-metadata`,
    PUBLIC_APP_URL: `http://${HOST}:${PORTS.hosting}`,
  });
  console.log(`Local Solana chain (litesvm): ${chain.url} · mint authority ${authority.publicKey.toBase58()} funded`);
  return chain;
}
