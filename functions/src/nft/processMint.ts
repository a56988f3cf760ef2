import { explorerUrl, type SolanaCluster } from '@aether/common';
import type { Connection, Keypair } from '@solana/web3.js';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';
import { certificateFacts } from './certificateFacts';
import { mintCertificateNft, type MintHooks } from './mintPipeline';

/** How long a run owns a certificate's mint before another run may take over. */
export const MINT_LEASE_MS = 120_000;

export interface MintDeps {
  connection: Connection;
  authority: Keypair;
  cluster: SolanaCluster;
  metadataBaseUrl: string;
  /** For explorer links on the local chain. */
  rpcUrl: string;
  leaseMs?: number;
  hooks?: MintHooks;
}

export type ProcessOutcome = 'minted' | 'failed' | 'missing' | 'not-minting' | 'leased' | 'lost-lease';

/**
 * Moves certificates/{id} from minting to minted | failed, exactly once on chain however often it
 * runs. A transaction takes a lease on nftMints/{id} (server-only): a redelivered event that finds
 * a live lease skips; an expired lease (a run that died) is taken over, and the pipeline resumes
 * from whatever the chain already has. Only the lease holder writes the result.
 */
export async function processMint(store: Firestore, certificateId: string, deps: MintDeps): Promise<ProcessOutcome> {
  const certRef = store.doc(`certificates/${certificateId}`);
  const jobRef = store.doc(`nftMints/${certificateId}`);
  const leaseId = randomUUID();
  const leaseMs = deps.leaseMs ?? MINT_LEASE_MS;

  const claim = await store.runTransaction(async (tx) => {
    const [cert, job] = await Promise.all([tx.get(certRef), tx.get(jobRef)]);
    if (!cert.exists) return { outcome: 'missing' as const };
    if (cert.get('status') !== 'minting') return { outcome: 'not-minting' as const };
    const expires = job.get('leaseExpiresAt') as Timestamp | null | undefined;
    if (job.get('leaseId') && expires && expires.toMillis() > Date.now()) return { outcome: 'leased' as const };
    tx.set(
      jobRef,
      {
        certificateId,
        uid: cert.get('uid'),
        leaseId,
        leaseExpiresAt: Timestamp.fromMillis(Date.now() + leaseMs),
        attempts: FieldValue.increment(1),
        state: 'running',
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    return {
      outcome: 'claimed' as const,
      data: cert.data()!,
      signatures: (job.get('signatures') ?? {}) as Record<string, string>,
    };
  });
  if (claim.outcome !== 'claimed') return claim.outcome;

  const holder = claim.data.walletAddress as string | null | undefined;
  const metadataUri = `${deps.metadataBaseUrl.replace(/\/$/, '')}/${certificateId}`;
  try {
    if (!holder) throw new Error('No wallet address was recorded for this certificate. Link a wallet and retry.');
    const outcome = await mintCertificateNft(
      deps.connection,
      deps.authority,
      { certificateId, holder, uri: metadataUri, facts: certificateFacts(certificateId, claim.data) },
      {
        ...deps.hooks,
        onSigned: async (step, signature) => {
          await jobRef.update({ [`signatures.${step}`]: signature, updatedAt: FieldValue.serverTimestamp() });
          await deps.hooks?.onSigned?.(step, signature);
        },
      },
    );
    const signature = outcome.signatures['issue-token'] ?? claim.signatures['issue-token'] ?? null;
    const link = signature
      ? explorerUrl('tx', signature, deps.cluster, deps.rpcUrl)
      : explorerUrl('address', outcome.mint, deps.cluster, deps.rpcUrl);
    return await finish(store, certRef, jobRef, leaseId, {
      status: 'minted',
      mint: outcome.mint,
      signature,
      explorerUrl: link,
      metadataUri,
      error: null,
      mintedAt: FieldValue.serverTimestamp(),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return finish(store, certRef, jobRef, leaseId, { status: 'failed', error: reason.slice(0, 300) });
  }
}

async function finish(
  store: Firestore,
  certRef: FirebaseFirestore.DocumentReference,
  jobRef: FirebaseFirestore.DocumentReference,
  leaseId: string,
  update: Record<string, unknown> & { status: 'minted' | 'failed' },
): Promise<ProcessOutcome> {
  return store.runTransaction(async (tx) => {
    const [job, cert] = await Promise.all([tx.get(jobRef), tx.get(certRef)]);
    if (job.get('leaseId') !== leaseId || cert.get('status') !== 'minting') return 'lost-lease';
    tx.update(certRef, { ...update, updatedAt: FieldValue.serverTimestamp() });
    tx.update(jobRef, {
      leaseId: null,
      leaseExpiresAt: null,
      state: update.status,
      lastError: update.status === 'failed' ? update.error : null,
      updatedAt: FieldValue.serverTimestamp(),
    });
    return update.status;
  });
}
