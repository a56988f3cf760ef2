import type { CertificateStatus } from '../certificates/schema';

/** What the public verification endpoint answers for certificates/{id}, read from the chain. */
export interface CertificateVerification {
  certificateId: string;
  status: CertificateStatus;
  courseTitle: string;
  recipientName: string;
  score: number;
  date: string;
  cluster: string;
  /** Null until minted. */
  chain: null | {
    mint: string;
    exists: boolean;
    supply: string;
    decimals: number;
    mintAuthority: string | null;
    nonTransferable: boolean;
    holder: string | null;
    /** The holder equals the wallet the certificate was minted to. */
    holderMatches: boolean;
    metadata: null | { name: string; symbol: string; uri: string; fields: Record<string, string> };
    /** Every on-chain metadata field equals what the certificate says. */
    metadataMatches: boolean;
    explorerUrl: string;
    signature: string | null;
  };
}
