import { describe, expect, it } from 'vitest';
import { authErrorMessage } from './authErrors';

describe('authErrorMessage', () => {
  it.each([
    ['auth/invalid-credential', 'Wrong email or password.'],
    ['auth/wrong-password', 'Wrong email or password.'],
    ['auth/user-not-found', 'Wrong email or password.'],
    ['auth/weak-password', 'That password is too weak: use at least 6 characters.'],
    ['auth/email-already-in-use', 'An account with this email already exists. Sign in instead?'],
    ['auth/network-request-failed', 'Cannot reach the sign-in service. Check your connection.'],
  ])('%s -> %s', (code, message) => {
    expect(authErrorMessage({ code })).toBe(message);
  });

  it('falls back to a generic message for unknown errors', () => {
    expect(authErrorMessage({ code: 'auth/something-new' })).toBe('Sign-in failed. Please try again.');
    expect(authErrorMessage(new Error('boom'))).toBe('Sign-in failed. Please try again.');
    expect(authErrorMessage(undefined)).toBe('Sign-in failed. Please try again.');
  });
});
