import type { ReactNode } from 'react';
import type { CertificateDoc } from '@aether/common';
import './learning.css';

/** What the card shows; the nft feature's certificates carry this and their mint state. */
export type CertificateSummary = Pick<CertificateDoc, 'courseTitle' | 'recipientName' | 'score' | 'status'> & {
  id: string;
  issuedAt: number | null;
};

/**
 * One certificate. `actions` is the slot for extra controls other capabilities add (the nft
 * feature puts its "Mint as NFT" button here); `children` adds details below.
 */
export function CertificateCard({
  certificate,
  actions,
  children,
}: {
  certificate: CertificateSummary;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const issued = certificate.issuedAt ? new Date(certificate.issuedAt).toLocaleDateString() : 'just now';
  return (
    <article className="card certificate-card" id={certificate.id} aria-labelledby={`${certificate.id}-title`}>
      <span className="muted">Certificate of completion</span>
      <h2 id={`${certificate.id}-title`}>{certificate.courseTitle}</h2>
      <p>
        Awarded to <strong>{certificate.recipientName}</strong> · score {certificate.score}% · issued {issued}
      </p>
      <p>
        <span className="badge" data-status={certificate.status}>
          {certificate.status}
        </span>{' '}
        <span className="muted">ID {certificate.id}</span>
      </p>
      {actions ? <div className="certificate-actions">{actions}</div> : null}
      {children}
    </article>
  );
}
