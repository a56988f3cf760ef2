import { initialProfile } from '@aether/common';
import { createUserWithEmailAndPassword, GoogleAuthProvider, signInWithCredential } from 'firebase/auth';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../functions/src/auth/createProfile';
import { admin, newClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function profileOf(uid: string) {
  return waitFor(async () => {
    const snap = await admin().db.doc(`users/${uid}`).get();
    return snap.exists ? snap : undefined;
  }, `profile of ${uid}`);
}

async function settingsOf(uid: string) {
  return waitFor(async () => {
    const snap = await admin().db.doc(`users/${uid}/private/settings`).get();
    return snap.exists ? snap : undefined;
  }, `settings of ${uid}`);
}

describe('auth.onUserCreated', () => {
  it('creates the public profile and private settings for a new account', async () => {
    const user = await admin().auth.createUser({ email: 'zed@example.com', password: 'secret-123' });
    const profile = await profileOf(user.uid);
    expect(profile.data()).toMatchObject({
      displayName: 'zed',
      bio: '',
      photoURL: null,
      followerCount: 0,
      followingCount: 0,
      walletAddress: null,
      isPrivate: false,
      banned: false,
    });
    expect(profile.get('createdAt').toMillis()).toBeGreaterThan(Date.now() - 60_000);
    const settings = await settingsOf(user.uid);
    expect(settings.data()).toMatchObject({ email: 'zed@example.com', privacy: 'public', analyticsConsent: false });
  });

  it('does nothing the second time the same event is delivered', async () => {
    const user = await admin().auth.createUser({ email: 'twice@example.com' });
    const first = await profileOf(user.uid);
    await settingsOf(user.uid);
    const account = { uid: user.uid, email: 'twice@example.com' };
    // Redelivery of the same event runs the same core again: it must find the work done.
    await expect(createProfile(admin().db, account)).resolves.toEqual({
      profileCreated: false,
      settingsCreated: false,
    });
    await expect(createProfile(admin().db, account)).resolves.toEqual({
      profileCreated: false,
      settingsCreated: false,
    });
    const after = await admin().db.doc(`users/${user.uid}`).get();
    expect(after.updateTime?.isEqual(first.updateTime!)).toBe(true);
  });

  it('keeps the name a user chose at sign-up when the client wrote the profile first', async () => {
    const client = newClient();
    clients.push(client);
    const { user } = await createUserWithEmailAndPassword(client.auth, 'chooser@example.com', 'secret-123');
    await setDoc(doc(client.db, 'users', user.uid), initialProfile('Chosen Name', serverTimestamp())).catch(() => {
      // The trigger may have won the race; the client then renames (covered by the e2e test).
    });
    await settingsOf(user.uid);
    const profile = await profileOf(user.uid);
    expect(['Chosen Name', 'chooser']).toContain(profile.get('displayName'));
  });

  it('names Google users after their Google profile', async () => {
    const client = newClient();
    clients.push(client);
    const idToken = JSON.stringify({
      sub: 'google-123',
      email: 'grace@gmail.test',
      email_verified: true,
      name: 'Grace Hopper',
    });
    const { user } = await signInWithCredential(client.auth, GoogleAuthProvider.credential(idToken));
    expect((await profileOf(user.uid)).get('displayName')).toBe('Grace Hopper');
    expect((await settingsOf(user.uid)).get('email')).toBe('grace@gmail.test');
  });
});
