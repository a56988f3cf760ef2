import { displayNameSchema } from '@aether/common';
import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { toast } from 'sonner';
import { TextField } from '../../components/Field';
import { createOwnProfile } from '../profile/api';
import { signUpWithEmail } from './api';
import { authErrorMessage } from './authErrors';
import { useSession } from './authStore';
import { AuthCard } from './AuthCard';
import { ProviderButtons } from './ProviderButtons';
import { useRedirectTarget } from './useRedirectTarget';

export default function SignUpPage() {
  const { status } = useSession();
  const target = useRedirectTarget();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (status === 'signedIn' && !submitting) return <Navigate to={target} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const name = displayNameSchema.safeParse(displayName);
    if (!name.success) {
      setNameError(name.error.issues[0]?.message);
      return;
    }
    setNameError(undefined);
    setSubmitting(true);
    try {
      const user = await signUpWithEmail(email.trim(), password, name.data);
      try {
        await createOwnProfile(user.uid, name.data);
        toast.success(`Welcome to Aether, ${name.data}!`);
      } catch {
        toast.warning('Your account is ready, but your name was not saved. Set it in Settings.');
      }
    } catch (err) {
      setError(authErrorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <AuthCard title="Create your account" subtitle="Join the community: it takes a minute.">
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          label="Display name"
          autoComplete="nickname"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={nameError}
          maxLength={50}
          required
        />
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
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint="At least 6 characters."
          required
        />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <div className="divider" role="separator">
        or
      </div>
      <ProviderButtons onError={setError} />
      <p className="auth-links">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </AuthCard>
  );
}
