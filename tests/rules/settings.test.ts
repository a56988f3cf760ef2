import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, Timestamp, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { storedSettings } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const settingsPath = (uid: string) => ['users', uid, 'private', 'settings'] as const;
const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    await setDoc(doc(ctx.firestore(), ...settingsPath(alice)), storedSettings());
    await setDoc(doc(ctx.firestore(), 'users', alice, 'private', 'other'), { note: 'x' });
  });
});

describe('users/{uid}/private/settings', () => {
  it('is readable by its owner only', async () => {
    await expectAllowed(getDoc(doc(asUser(rules.env, alice).firestore(), ...settingsPath(alice))));
    await expectDenied(getDoc(doc(asUser(rules.env, bob).firestore(), ...settingsPath(alice))));
    await expectDenied(getDoc(doc(asUser(rules.env, bob, { admin: true }).firestore(), ...settingsPath(alice))));
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), ...settingsPath(alice))));
  });

  it('is not readable by its owner once banned', async () => {
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), ...settingsPath(alice))));
  });

  it('only exposes the settings document, not other private docs', async () => {
    await expectDenied(getDoc(doc(asUser(rules.env, alice).firestore(), 'users', alice, 'private', 'other')));
  });

  it('lets the owner change privacy and analytics consent with updatedAt == request.time', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(
      updateDoc(doc(db, ...settingsPath(alice)), {
        privacy: 'private',
        analyticsConsent: true,
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('refuses invalid values, a stale updatedAt, and changes to email', async () => {
    const db = asUser(rules.env, alice).firestore();
    const ref = doc(db, ...settingsPath(alice));
    await expectDenied(updateDoc(ref, { privacy: 'friends', updatedAt: serverTimestamp() }));
    await expectDenied(updateDoc(ref, { analyticsConsent: 'yes', updatedAt: serverTimestamp() }));
    await expectDenied(updateDoc(ref, { privacy: 'private', updatedAt: Timestamp.fromMillis(1) }));
    await expectDenied(updateDoc(ref, { email: 'new@example.com', updatedAt: serverTimestamp() }));
  });

  it("refuses writes to someone else's settings and by a banned owner", async () => {
    await expectDenied(
      updateDoc(doc(asUser(rules.env, bob).firestore(), ...settingsPath(alice)), {
        privacy: 'private',
        updatedAt: serverTimestamp(),
      }),
    );
    await expectDenied(
      updateDoc(doc(asBanned(rules.env, alice).firestore(), ...settingsPath(alice)), {
        privacy: 'private',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('refuses client creation and deletion (the auth trigger owns them)', async () => {
    await expectDenied(setDoc(doc(asUser(rules.env, bob).firestore(), ...settingsPath(bob)), storedSettings()));
    await expectDenied(deleteDoc(doc(asUser(rules.env, alice).firestore(), ...settingsPath(alice))));
  });
});
