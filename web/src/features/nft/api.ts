// Data layer for NFT certificates: callables for wallet linking and minting, live certificate
// documents, and the public verification read (the nft-metadata endpoint reads the chain, so the
// web bundle carries no Solana code).
import type {
  CertificateDoc,
  CertificateVerification,
  LinkWalletInput,
  RequestMintInput,
  WalletNonceResponse,
} from '@aether/common';
import { collection, doc, onSnapshot, query, where, type DocumentData } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { firestoreDb } from '../../lib/firestore';
import { cloudFunctions } from '../../lib/functions';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';
import { metadataEndpoint } from './endpoints';

export interface Certificate extends Omit<CertificateDoc, 'issuedAt'> {
  id: string;
  issuedAt: number | null;
  /** When the current mint was requested (ms), to offer a retry if a run never finished. */
  mintRequestedAt: number | null;
}

function toCertificate(id: string, data: DocumentData): Certificate {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id,
    uid: String(data.uid ?? ''),
    courseId: String(data.courseId ?? ''),
    courseTitle: String(data.courseTitle ?? data.courseId ?? 'Course'),
    recipientName: String(data.recipientName ?? ''),
    score: typeof data.score === 'number' ? data.score : 0,
    issuedAt: toMillis(data.issuedAt),
    mintRequestedAt: toMillis(data.mintRequestedAt),
    status: ['issued', 'minting', 'minted', 'failed'].includes(data.status) ? data.status : 'issued',
    walletAddress: text(data.walletAddress),
    mint: text(data.mint),
    signature: text(data.signature),
    explorerUrl: text(data.explorerUrl),
    metadataUri: text(data.metadataUri),
    error: text(data.error),
  };
}

export function subscribeToMyCertificates(uid: string): Subscribe<Certificate[]> {
  const q = query(collection(firestoreDb(), 'certificates'), where('uid', '==', uid));
  return (onNext, onError) =>
    onSnapshot(
      q,
      (snap) =>
        onNext(
          snap.docs
            .map((d) => toCertificate(d.id, d.data()))
            .sort((a, b) => (b.issuedAt ?? Infinity) - (a.issuedAt ?? Infinity)),
        ),
      onError,
    );
}

export function subscribeToCertificate(id: string): Subscribe<Certificate | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(firestoreDb(), 'certificates', id),
      (snap) => onNext(snap.exists() ? toCertificate(snap.id, snap.data()) : null),
      onError,
    );
}

const callable = <I, O>(name: string) => httpsCallable<I, O>(cloudFunctions(), name);

export async function requestWalletNonce(): Promise<WalletNonceResponse> {
  return (await callable<object, WalletNonceResponse>('nft-requestWalletNonce')({})).data;
}

export async function linkWallet(input: LinkWalletInput): Promise<{ walletAddress: string }> {
  return (await callable<LinkWalletInput, { walletAddress: string }>('nft-linkWallet')(input)).data;
}

export async function unlinkWallet(): Promise<void> {
  await callable<object, unknown>('nft-unlinkWallet')({});
}

export async function requestMint(input: RequestMintInput): Promise<void> {
  await callable<RequestMintInput, unknown>('nft-requestMint')(input);
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The public verification: the certificate's facts and what the chain says about its NFT. */
export async function fetchVerification(id: string, signal?: AbortSignal): Promise<CertificateVerification> {
  const res = await fetch(`${metadataEndpoint()}/${encodeURIComponent(id)}/verify`, { signal });
  if (res.status === 404) throw new NotFoundError('No certificate with this id exists.');
  const body = (await res.json().catch(() => ({}))) as CertificateVerification & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `The verification service answered ${res.status}.`);
  return body;
}
