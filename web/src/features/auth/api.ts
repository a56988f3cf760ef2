// Data layer for authentication: the only place that talks to firebase/auth.
import type { RoleClaims } from '@aether/common';
import {
  createUserWithEmailAndPassword,
  GithubAuthProvider,
  GoogleAuthProvider,
  onIdTokenChanged,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signInWithPopup,
  signOut as firebaseSignOut,
  updateProfile,
  type User,
} from 'firebase/auth';
import { firebaseAuth } from '../../lib/firebase';
import type { SessionUser } from './authStore';

async function toSessionUser(user: User): Promise<SessionUser> {
  const token = await user.getIdTokenResult();
  const claims: RoleClaims = {
    admin: token.claims.admin === true,
    moderator: token.claims.moderator === true,
    banned: token.claims.banned === true,
  };
  return {
    uid: user.uid,
    email: user.email,
    displayName: user.displayName,
    providerIds: user.providerData.map((p) => p.providerId),
    claims,
  };
}

/** Follows sign-in, sign-out and token refreshes (claims changes arrive with a new token). */
export function watchSession(onChange: (user: SessionUser | null) => void): () => void {
  return onIdTokenChanged(firebaseAuth(), (user) => {
    if (!user) return onChange(null);
    toSessionUser(user).then(onChange, () => onChange(null));
  });
}

export async function signUpWithEmail(email: string, password: string, displayName: string): Promise<User> {
  const { user } = await createUserWithEmailAndPassword(firebaseAuth(), email, password);
  await updateProfile(user, { displayName });
  // A fresh token makes the session (which was read before the name was set) pick the name up.
  await user.getIdToken(true);
  return user;
}

export async function signInWithEmail(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(firebaseAuth(), email, password);
}

export type FederatedProvider = 'google' | 'github';

export async function signInWithProvider(provider: FederatedProvider): Promise<void> {
  // Loaded on demand: the resolver pulls in code that needs the network.
  const { browserPopupRedirectResolver } = await import('firebase/auth');
  const authProvider = provider === 'google' ? new GoogleAuthProvider() : new GithubAuthProvider();
  await signInWithPopup(firebaseAuth(), authProvider, browserPopupRedirectResolver);
}

export async function sendPasswordReset(email: string): Promise<void> {
  await sendPasswordResetEmail(firebaseAuth(), email);
}

export async function signOut(): Promise<void> {
  await firebaseSignOut(firebaseAuth());
}

/** Forces a fresh ID token, e.g. after an admin changed this user's roles. */
export async function refreshClaims(): Promise<void> {
  await firebaseAuth().currentUser?.getIdToken(true);
}
