import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, Timestamp, updateDoc } from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';
import { newProfile, storedProfile } from './fixtures';

const rules = useRulesEnv();

const seedProfiles = () =>
  seed(rules.env, async (ctx) => {
    await setDoc(doc(ctx.firestore(), 'users', alice), storedProfile({ bio: 'Hi' }));
    await setDoc(doc(ctx.firestore(), 'users', bob), storedProfile({ displayName: 'Bob', isPrivate: true }));
  });

describe('users/{uid} create', () => {
  it('lets a user create their own profile with valid defaults', async () => {
    await expectAllowed(setDoc(doc(asUser(rules.env, alice).firestore(), 'users', alice), newProfile()));
  });

  it('refuses creating a profile for someone else', async () => {
    await expectDenied(setDoc(doc(asUser(rules.env, alice).firestore(), 'users', bob), newProfile()));
  });

  it('refuses visitors without an account', async () => {
    await expectDenied(setDoc(doc(rules.env.unauthenticatedContext().firestore(), 'users', alice), newProfile()));
  });

  it('refuses a backdated createdAt', async () => {
    const backdated = newProfile({ createdAt: Timestamp.fromMillis(0) });
    await expectDenied(setDoc(doc(asUser(rules.env, alice).firestore(), 'users', alice), backdated));
  });

  it('refuses unknown keys and missing keys', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ admin: true })));
    const { bio: _bio, ...withoutBio } = newProfile();
    await expectDenied(setDoc(doc(db, 'users', alice), withoutBio));
  });

  it('refuses inflated counters, a wallet, a ban flag or privacy set by the client', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ followerCount: 1000 })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ walletAddress: 'So1ana' })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ banned: true })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ isPrivate: true })));
  });

  it('validates display name, bio and photo URL', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ displayName: '' })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ displayName: '   ' })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ displayName: 'x'.repeat(51) })));
    await expectAllowed(setDoc(doc(db, 'users', alice), newProfile({ displayName: 'x'.repeat(50) })));
    await rules.env.clearFirestore();
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ bio: 'x'.repeat(281) })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ displayName: 42 })));
    await expectDenied(setDoc(doc(db, 'users', alice), newProfile({ photoURL: 'javascript:alert(1)' })));
    await expectAllowed(setDoc(doc(db, 'users', alice), newProfile({ photoURL: 'https://example.com/a.png' })));
  });

  it('refuses a banned user', async () => {
    await expectDenied(setDoc(doc(asBanned(rules.env, alice).firestore(), 'users', alice), newProfile()));
  });
});

describe('users/{uid} read', () => {
  beforeEach(seedProfiles);

  it('lets any signed-in member read public and private profiles', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(getDoc(doc(db, 'users', alice)));
    await expectAllowed(getDoc(doc(db, 'users', bob)));
  });

  it('lets visitors read public profiles only', async () => {
    const db = rules.env.unauthenticatedContext().firestore();
    await expectAllowed(getDoc(doc(db, 'users', alice)));
    await expectDenied(getDoc(doc(db, 'users', bob)));
  });

  it('treats a banned user like a visitor', async () => {
    const db = asBanned(rules.env, alice).firestore();
    await expectAllowed(getDoc(doc(db, 'users', alice)));
    await expectDenied(getDoc(doc(db, 'users', bob)));
  });
});

describe('users/{uid} update and delete', () => {
  beforeEach(seedProfiles);

  it('lets the owner change name, bio and avatar', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(
      updateDoc(doc(db, 'users', alice), {
        displayName: 'Alice L.',
        bio: 'Physics fan',
        photoURL: 'https://x.test/a.png',
      }),
    );
    await expectAllowed(updateDoc(doc(db, 'users', alice), { photoURL: null }));
  });

  it('lets the owner touch lastActiveAt only with the server time', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(updateDoc(doc(db, 'users', alice), { lastActiveAt: serverTimestamp() }));
    await expectDenied(updateDoc(doc(db, 'users', alice), { lastActiveAt: Timestamp.fromMillis(5) }));
  });

  it('refuses changes to server-owned fields', async () => {
    const db = asUser(rules.env, alice).firestore();
    for (const change of [
      { createdAt: serverTimestamp() },
      { followerCount: 99 },
      { followingCount: 99 },
      { walletAddress: 'So1ana' },
      { isPrivate: true },
      { banned: true },
      { roles: { admin: true } },
    ]) {
      await expectDenied(updateDoc(doc(db, 'users', alice), change));
    }
  });

  it('refuses invalid values on update', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(updateDoc(doc(db, 'users', alice), { displayName: '' }));
    await expectDenied(updateDoc(doc(db, 'users', alice), { bio: 'x'.repeat(281) }));
    await expectDenied(updateDoc(doc(db, 'users', alice), { photoURL: 'data:image/png;base64,AAAA' }));
  });

  it("refuses editing someone else's profile", async () => {
    await expectDenied(updateDoc(doc(asUser(rules.env, bob).firestore(), 'users', alice), { bio: 'hacked' }));
    await expectDenied(
      updateDoc(doc(asUser(rules.env, bob, { admin: true }).firestore(), 'users', alice), { bio: 'x' }),
    );
  });

  it('refuses a banned owner', async () => {
    await expectDenied(updateDoc(doc(asBanned(rules.env, alice).firestore(), 'users', alice), { bio: 'still here' }));
  });

  it('refuses deleting a profile, even your own', async () => {
    await expectDenied(deleteDoc(doc(asUser(rules.env, alice).firestore(), 'users', alice)));
  });
});
