import { shortAddress } from '@aether/common/nft/wallet';
import { useState } from 'react';
import { toast } from 'sonner';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useProfile } from '../profile/queries';
import { availableWallets, isUserRejection, toBase64, type AvailableWallet } from './wallet';
import './nft.css';

type Step = 'idle' | 'connecting' | 'signing' | 'verifying' | 'unlinking';
const STEP_TEXT: Record<Step, string> = {
  idle: '',
  connecting: 'Waiting for your wallet to connect…',
  signing: 'Sign the message in your wallet (free, no transaction)…',
  verifying: 'Verifying the signature…',
  unlinking: 'Unlinking…',
};

/** Settings card: link a Solana wallet by signing a one-time message, or unlink it. */
export function WalletLinkCard({ uid }: { uid: string }) {
  const profile = useProfile(uid);
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const [wallets] = useState(() => availableWallets());
  const linked = profile.data?.walletAddress ?? null;
  const busy = step !== 'idle';

  async function link(wallet: AvailableWallet) {
    setError(null);
    try {
      setStep('connecting');
      const account = await wallet.connect();
      const api = await import('./api');
      const nonce = await api.requestWalletNonce();
      setStep('signing');
      const signature = await account.signMessage(new TextEncoder().encode(nonce.message));
      setStep('verifying');
      await api.linkWallet({ nonceId: nonce.nonceId, address: account.address, signature: toBase64(signature) });
      toast.success(`Wallet ${shortAddress(account.address)} linked.`);
    } catch (e) {
      setError(isUserRejection(e) ? 'You declined the request in your wallet. Nothing was linked.' : errorMessage(e));
    } finally {
      setStep('idle');
    }
  }

  async function unlink() {
    setError(null);
    setStep('unlinking');
    try {
      await (await import('./api')).unlinkWallet();
      toast.success('Wallet unlinked.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setStep('idle');
    }
  }

  return (
    <section className="card stack" aria-labelledby="wallet-title" aria-busy={busy}>
      <h2 id="wallet-title">Solana wallet</h2>
      <p className="muted">
        Certificates you earn can be minted as non-transferable NFTs to this wallet. Linking asks your wallet to sign a
        one-time message; it costs nothing and sends no transaction.
      </p>
      {profile.isPending ? (
        <Spinner label="Loading your wallet" />
      ) : linked ? (
        <div className="row">
          <span>
            Linked:{' '}
            <code className="nft-address" title={linked}>
              {linked}
            </code>
          </span>
          <button type="button" className="btn btn-outline btn-small" onClick={unlink} disabled={busy}>
            Unlink
          </button>
        </div>
      ) : (
        <p data-testid="wallet-status">No wallet linked.</p>
      )}
      {wallets.length > 0 ? (
        <div className="row">
          {wallets.map((wallet) => (
            <button
              key={wallet.name}
              type="button"
              className="btn btn-primary"
              onClick={() => link(wallet)}
              disabled={busy}
            >
              {linked ? `Link a different ${wallet.name} account` : `Link ${wallet.name}`}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">
          No Solana wallet was found in this browser. Install one such as{' '}
          <a href="https://phantom.app" target="_blank" rel="noreferrer">
            Phantom
          </a>{' '}
          and reload this page.
        </p>
      )}
      {busy ? (
        <p role="status" className="row">
          <Spinner label={STEP_TEXT[step]} /> {STEP_TEXT[step]}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
