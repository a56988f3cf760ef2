import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { useProfile } from '../profile/queries';
import { MintControls } from './MintControls';
import { useMyCertificates } from './queries';
import './nft.css';

/** "My certificates": every certificate the signed-in learner earned, with its mint controls. */
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
        <ul className="nft-list" aria-label="Your certificates">
          {list.map((c) => (
            <li key={c.id} className="card stack-tight nft-card">
              <h2 className="nft-card-title">{c.courseTitle}</h2>
              <p className="muted">
                Score {Math.round(c.score)}%{c.issuedAt ? ` · issued ${new Date(c.issuedAt).toLocaleDateString()}` : ''}
              </p>
              <MintControls certificate={c} walletAddress={profile.data?.walletAddress ?? null} />
              <Link to={`/certificates/${encodeURIComponent(c.id)}`} className="nft-verify-link">
                Public verification page
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
