import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

const isPrivate = (uid: string) => async () =>
  (await admin().db.doc(`users/${uid}`).get()).get('isPrivate') as boolean | undefined;

describe('profile.onSettingsWritten', () => {
  it('mirrors the privacy setting onto the public profile', async () => {
    const alice = await signedInClient('alice@example.com');
    clients.push(alice);
    await waitFor(async () => ((await isPrivate(alice.uid)()) === false ? true : undefined), 'profile');

    const settings = doc(alice.db, 'users', alice.uid, 'private', 'settings');
    await updateDoc(settings, { privacy: 'private', updatedAt: serverTimestamp() });
    await waitFor(async () => ((await isPrivate(alice.uid)()) === true ? true : undefined), 'isPrivate true');

    await updateDoc(settings, { privacy: 'public', updatedAt: serverTimestamp() });
    await waitFor(async () => ((await isPrivate(alice.uid)()) === false ? true : undefined), 'isPrivate false');
    expect(await isPrivate(alice.uid)()).toBe(false);
  });

  it('leaves the profile alone when only analytics consent changes', async () => {
    const bob = await signedInClient('bob@example.com');
    clients.push(bob);
    await waitFor(async () => ((await isPrivate(bob.uid)()) === false ? true : undefined), 'profile');
    const before = await admin().db.doc(`users/${bob.uid}`).get();
    await updateDoc(doc(bob.db, 'users', bob.uid, 'private', 'settings'), {
      analyticsConsent: true,
      updatedAt: serverTimestamp(),
    });
    await new Promise((r) => setTimeout(r, 1500));
    const after = await admin().db.doc(`users/${bob.uid}`).get();
    expect(after.updateTime?.isEqual(before.updateTime!)).toBe(true);
  });
});
