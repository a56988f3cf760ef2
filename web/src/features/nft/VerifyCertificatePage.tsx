import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { metadataEndpoint } from './endpoints';
import { useVerification } from './queries';
import './nft.css';

function Check({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <li className={ok ? 'nft-check nft-check-ok' : 'nft-check nft-check-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      <span className="visually-hidden">{ok ? 'Passed: ' : 'Failed: '}</span>
      {children}
    </li>
  );
}

/** Public page anyone can open: the certificate and what the Solana chain says about its NFT. */
export default function VerifyCertificatePage() {
  const { id = '' } = useParams();
  const { status } = useSession();
  const verification = useVerification(id, status !== 'loading');

  if (verification.isPending) return <PageSkeleton label="Reading the certificate from the chain" />;
  if (verification.error) {
    const notFound = verification.error.name === 'NotFoundError';
    return (
      <div className="page">
        {notFound ? (
          <EmptyState title="Certificate not found" icon="🔍">
            <p className="muted">No Aether certificate has the id “{id}”. Check the link you were given.</p>
          </EmptyState>
        ) : (
          <div className="card stack">
            <h1>Certificate verification</h1>
            <p className="form-error" role="alert">
              {errorMessage(verification.error)}
            </p>
            <div className="row">
              <button type="button" className="btn btn-outline" onClick={() => verification.refetch()}>
                Try again
              </button>
            </div>
          </div>
        )}
      </div>
    );
  }

  const v = verification.data;
  const chain = v.chain;
  const verified =
    chain !== null &&
    chain.exists &&
    chain.supply === '1' &&
    chain.decimals === 0 &&
    chain.mintAuthority === null &&
    chain.holderMatches &&
    chain.metadataMatches;
  return (
    <div className="page nft-verify">
      <h1>Certificate verification</h1>
      <img
        className="nft-certificate-image"
        src={`${metadataEndpoint()}/${encodeURIComponent(id)}/image.svg`}
        alt={`Certificate: ${v.recipientName} completed ${v.courseTitle} with ${Math.round(v.score)}%`}
        width={800}
        height={560}
      />
      <section className="card stack-tight" aria-labelledby="facts-title">
        <h2 id="facts-title">{v.courseTitle}</h2>
        <p>
          Awarded to <strong>{v.recipientName}</strong> on {v.date} with a score of {Math.round(v.score)}%.
        </p>
      </section>
      <section className="card stack" aria-labelledby="chain-title">
        <h2 id="chain-title">On Solana ({v.cluster})</h2>
        {chain === null ? (
          <p role="status" data-testid="verify-summary">
            {v.status === 'minting'
              ? 'This certificate is being minted right now. This page refreshes by itself.'
              : 'This certificate was issued by Aether but has not been minted as an NFT yet.'}
          </p>
        ) : (
          <>
            <p role="status" data-testid="verify-summary" className={verified ? 'success-box' : 'form-error'}>
              {verified
                ? 'Verified: the NFT exists on chain, is held by the certificate’s wallet, and its metadata matches.'
                : 'Not verified: the chain does not match this certificate (see the checks below).'}
            </p>
            <ul className="nft-checks" aria-label="Checks">
              <Check ok={chain.exists}>
                The NFT exists (mint <code className="nft-address">{chain.mint}</code>)
              </Check>
              <Check ok={chain.supply === '1' && chain.decimals === 0}>
                Supply is exactly {chain.supply} with {chain.decimals} decimals
              </Check>
              <Check ok={chain.mintAuthority === null}>The mint authority is removed: no more can ever be minted</Check>
              <Check ok={chain.nonTransferable}>It is non-transferable: it stays with the person who earned it</Check>
              <Check ok={chain.holderMatches}>
                Held by <code className="nft-address">{chain.holder ?? 'nobody'}</code>
              </Check>
              <Check ok={chain.metadataMatches}>
                On-chain metadata matches: {chain.metadata?.name ?? 'none'}
                {chain.metadata
                  ? ` · ${Object.entries(chain.metadata.fields)
                      .map(([k, value]) => `${k} ${value}`)
                      .join(' · ')}`
                  : ''}
              </Check>
            </ul>
            <p>
              <a href={chain.explorerUrl} target="_blank" rel="noreferrer">
                See it on Solana Explorer
              </a>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
