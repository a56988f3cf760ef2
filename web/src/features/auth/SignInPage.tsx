import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { TextField } from '../../components/Field';
import { signInWithEmail } from './api';
import { authErrorMessage } from './authErrors';
import { useSession } from './authStore';
import { AuthCard } from './AuthCard';
import { ProviderButtons } from './ProviderButtons';
import { useRedirectTarget } from './useRedirectTarget';

export default function SignInPage() {
  const { status } = useSession();
  const target = useRedirectTarget();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (status === 'signedIn') return <Navigate to={target} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    try {
      await signInWithEmail(email.trim(), password);
    } catch (err) {
      setError(authErrorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <AuthCard title="Welcome back" subtitle="Sign in to chat, learn and create.">
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/reset-password">Forgot your password?</Link>
      </p>
      <div className="divider" role="separator">
        or
      </div>
      <ProviderButtons onError={setError} />
      <p className="auth-links">
        New to Aether?{' '}
        <Link to={`/signup${target !== '/' ? `?next=${encodeURIComponent(target)}` : ''}`}>Create an account</Link>
      </p>
    </AuthCard>
  );
}
