/**
 * certificates/{uid}_{courseId}: one per learner and course (the business key makes issuing
 * idempotent). Created by the learning functions with status 'issued'; the nft functions move it
 * issued → minting → minted | failed and fill in the mint fields. Clients never write the status,
 * mint or signature.
 */
export type CertificateStatus = 'issued' | 'minting' | 'minted' | 'failed';

export interface CertificateDoc {
  uid: string;
  courseId: string;
  courseTitle: string;
  /** The learner's display name when the certificate was issued. */
  recipientName: string;
  /** Average quiz score in percent, 0–100. */
  score: number;
  /** Server timestamp (Firestore Timestamp on the wire). */
  issuedAt: unknown;
  status: CertificateStatus;
  // Set by the nft capability:
  walletAddress?: string | null;
  mint?: string | null;
  signature?: string | null;
  explorerUrl?: string | null;
  metadataUri?: string | null;
  error?: string | null;
}

export function certificateId(uid: string, courseId: string): string {
  return `${uid}_${courseId}`;
}
