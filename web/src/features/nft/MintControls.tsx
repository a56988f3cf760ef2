import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import type { Certificate } from './api';
import './nft.css';

const STATUS_LABEL: Record<Certificate['status'], string> = {
  issued: 'Not minted',
  minting: 'Minting…',
  minted: 'Minted',
  failed: 'Mint failed',
};

/**
 * Minting a certificate: its status, "Mint as NFT", progress while the chain works, the explorer
 * link when minted, the reason and a retry when it failed. Self-contained so any certificate card
 * can embed it.
 */
export function MintControls({
  certificate,
  walletAddress,
}: {
  certificate: Certificate;
  walletAddress: string | null;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { status } = certificate;
  const stuck = useStuckMint(certificate);

  async function mint() {
    setError(null);
    setPending(true);
    try {
      await (await import('./api')).requestMint({ certificateId: certificate.id });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const canMint = status === 'issued' || status === 'failed' || stuck;
  return (
    <div className="nft-mint stack-tight" aria-live="polite">
      <div className="row">
        <span className={`badge nft-status nft-status-${status}`} data-testid="mint-status">
          {STATUS_LABEL[status]}
        </span>
        {status === 'minting' ? <Spinner label="Minting on Solana" /> : null}
      </div>
      {status === 'minting' ? (
        <p className="muted">Creating your NFT on Solana. This usually takes a few seconds.</p>
      ) : null}
      {status === 'failed' && certificate.error ? (
        <p className="form-error" role="alert">
          Minting failed: {certificate.error}
        </p>
      ) : null}
      {status === 'minted' && certificate.mint ? (
        <p className="stack-tight">
          <span>
            Mint <code className="nft-address">{certificate.mint}</code>
          </span>
          <span className="row">
            {certificate.explorerUrl ? (
              <a href={certificate.explorerUrl} target="_blank" rel="noreferrer">
                View on Solana Explorer
              </a>
            ) : null}
            <Link to={`/certificates/${encodeURIComponent(certificate.id)}`}>Verification page</Link>
          </span>
        </p>
      ) : null}
      {canMint ? (
        walletAddress ? (
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={mint} disabled={pending}>
              {pending ? <Spinner label="Requesting" /> : null}
              {status === 'issued' ? 'Mint as NFT' : 'Retry minting'}
            </button>
          </div>
        ) : (
          <p className="muted">
            <Link to="/settings">Link a Solana wallet</Link> to mint this certificate as an NFT.
          </p>
        )
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Matches the server's lease (2 minutes) plus a margin: after this, requestMint accepts a retry. */
const STUCK_AFTER_MS = 3 * 60 * 1000;

/** True when a mint was requested long ago and is still 'minting' (its run died); re-checked every 15 s. */
function useStuckMint(certificate: Certificate): boolean {
  const [now, setNow] = useState(() => Date.now());
  const minting = certificate.status === 'minting';
  useEffect(() => {
    if (!minting) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [minting]);
  return minting && certificate.mintRequestedAt !== null && now - certificate.mintRequestedAt > STUCK_AFTER_MS;
}
