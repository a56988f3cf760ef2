import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { CertificateCard } from '../learning/CertificateCard';
import { useProfile } from '../profile/queries';
import { MintControls } from './MintControls';
import { useMyCertificates } from './queries';
import './nft.css';

/** /certificates: every certificate the signed-in learner earned (learning's card), with its mint controls. */
export default function CertificatesPage() {
  const { user } = useSession();
  const certificates = useMyCertificates(user?.uid);
  const profile = useProfile(user?.uid);

  if (!user || certificates.isPending) return <PageSkeleton label="Loading your certificates" />;
  if (certificates.error) {
    return (
      <div className="page">
        <h1>Certificates</h1>
        <p className="form-error" role="alert">
          {errorMessage(certificates.error, 'Could not load your certificates.')}
        </p>
      </div>
    );
  }
  const list = certificates.data ?? [];
  return (
    <div className="page">
      <h1>Certificates</h1>
      {list.length === 0 ? (
        <EmptyState title="No certificates yet" icon="🎓">
          <p className="muted">
            Finish a course in <Link to="/learn">Learn</Link> to earn a certificate you can mint as an NFT on Solana.
          </p>
        </EmptyState>
      ) : (
        <ul className="learn-grid" aria-label="Your certificates">
          {list.map((c) => (
            <li key={c.id}>
              <CertificateCard certificate={c}>
                <MintControls certificate={c} walletAddress={profile.data?.walletAddress ?? null} />
                <Link to={`/certificates/${encodeURIComponent(c.id)}`} className="nft-verify-link">
                  Public verification page
                </Link>
              </CertificateCard>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
