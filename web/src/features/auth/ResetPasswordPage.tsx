import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/Field';
import { sendPasswordReset } from './api';
import { authErrorMessage } from './authErrors';
import { AuthCard } from './AuthCard';

export default function ResetPasswordPage() {
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setState('sending');
    try {
      await sendPasswordReset(email.trim());
      setState('sent');
    } catch (err) {
      // Unknown emails are reported as sent too, so the form does not reveal who has an account.
      const code = (err as { code?: string }).code;
      if (code === 'auth/user-not-found') setState('sent');
      else {
        setError(authErrorMessage(err));
        setState('idle');
      }
    }
  }

  return (
    <AuthCard title="Reset your password" subtitle="We will email you a link to choose a new one.">
      {state === 'sent' ? (
        <p role="status" className="success-box">
          If an account exists for <strong>{email}</strong>, a reset link is on its way. Check your inbox.
        </p>
      ) : (
        <form onSubmit={submit} className="stack" noValidate>
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary" disabled={state === 'sending'}>
            {state === 'sending' ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
      <p className="auth-links">
        <Link to="/signin">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
