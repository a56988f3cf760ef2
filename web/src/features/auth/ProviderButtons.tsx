import { useState } from 'react';
import { signInWithProvider, type FederatedProvider } from './api';
import { authErrorMessage } from './authErrors';

export function ProviderButtons({ onError }: { onError: (message: string) => void }) {
  const [busy, setBusy] = useState<FederatedProvider | null>(null);

  async function start(provider: FederatedProvider) {
    setBusy(provider);
    try {
      await signInWithProvider(provider);
    } catch (error) {
      onError(authErrorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="provider-buttons">
      <button type="button" className="btn btn-outline" disabled={busy !== null} onClick={() => start('google')}>
        <span aria-hidden="true">G</span> {busy === 'google' ? 'Opening Google…' : 'Continue with Google'}
      </button>
      <button type="button" className="btn btn-outline" disabled={busy !== null} onClick={() => start('github')}>
        <span aria-hidden="true">⌥</span> {busy === 'github' ? 'Opening GitHub…' : 'Continue with GitHub'}
      </button>
    </div>
  );
}
