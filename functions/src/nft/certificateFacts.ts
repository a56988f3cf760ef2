import type { CertificateFacts } from '@aether/common';
import type { DocumentData } from 'firebase-admin/firestore';

function isoDate(value: unknown): string {
  const date =
    value && typeof (value as { toDate?: unknown }).toDate === 'function'
      ? (value as { toDate: () => Date }).toDate()
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : new Date(0);
  return Number.isNaN(date.getTime()) ? '1970-01-01' : date.toISOString().slice(0, 10);
}

/** The facts a certificate NFT states, from a certificates/{id} document. */
export function certificateFacts(certificateId: string, data: DocumentData): CertificateFacts {
  return {
    certificateId,
    courseId: String(data.courseId ?? ''),
    courseTitle: String(data.courseTitle ?? data.courseId ?? 'Course'),
    recipientName: String(data.recipientName ?? 'Learner'),
    score: typeof data.score === 'number' && Number.isFinite(data.score) ? data.score : 0,
    date: isoDate(data.issuedAt),
  };
}
