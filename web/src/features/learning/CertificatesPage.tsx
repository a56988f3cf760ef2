import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import type { Certificate } from './api';
import { CertificateCard } from './CertificateCard';
import { useMyCertificates } from './queries';
import './learning.css';

/**
 * /certificates — the signed-in learner's certificates, live. `renderActions` lets another
 * capability (nft) add controls to each card without editing this page's logic.
 */
export function CertificatesList({ renderActions }: { renderActions?: (c: Certificate) => ReactNode }) {
  const { user } = useSession();
  const certificates = useMyCertificates(user?.uid);
  if (certificates.error) {
    return (
      <p className="form-error" role="alert">
        {errorMessage(certificates.error, 'Could not load your certificates.')}
      </p>
    );
  }
  if (certificates.isPending) return <Spinner label="Loading certificates" />;
  if ((certificates.data ?? []).length === 0) {
    return (
      <EmptyState title="No certificates yet" icon="🎓">
        <p>
          Finish every lesson of a course to earn one. <Link to="/learn">Browse courses</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="learn-grid" aria-label="Your certificates">
      {(certificates.data ?? []).map((c) => (
        <li key={c.id}>
          <CertificateCard certificate={c} actions={renderActions?.(c)} />
        </li>
      ))}
    </ul>
  );
}

export default function CertificatesPage() {
  return (
    <div className="page">
      <h1>Certificates</h1>
      <CertificatesList />
    </div>
  );
}
