import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { doc, updateDoc } from 'firebase/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, newClient, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function track<T extends Client>(client: Promise<T>): Promise<T> {
  const c = await client;
  clients.push(c);
  return c;
}

const SET_ROLES = 'admin-setUserRoles';

async function expectCallError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = (await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  )) as { code?: string; message?: string };
  expect(error.code).toBe(`functions/${code}`);
  if (message) expect(error.message).toMatch(message);
}

describe('admin.setUserRoles', () => {
  it('refuses callers who are not signed in or not admins', async () => {
    const target = await admin().auth.createUser({ email: 't@example.com' });
    const anonymous = newClient();
    clients.push(anonymous);
    await expectCallError(anonymous.call(SET_ROLES, { uid: target.uid, moderator: true }), 'unauthenticated');
    const member = await track(signedInClient('member@example.com'));
    await expectCallError(
      member.call(SET_ROLES, { uid: target.uid, admin: true }),
      'permission-denied',
      /administrators/,
    );
  });

  it('answers bad input with invalid-argument and a clear message', async () => {
    const root = await track(signedInClient('root@example.com', { admin: true }));
    await expectCallError(root.call(SET_ROLES, { uid: '' }), 'invalid-argument', /uid is required/);
    await expectCallError(root.call(SET_ROLES, { uid: 'someone' }), 'invalid-argument', /which role/);
    await expectCallError(root.call(SET_ROLES, { uid: 'someone', admin: 'yes' }), 'invalid-argument', /admin/);
    await expectCallError(root.call(SET_ROLES, { uid: 'someone', owner: true }), 'invalid-argument');
    await expectCallError(root.call(SET_ROLES, null), 'invalid-argument');
    await expectCallError(root.call(SET_ROLES, { uid: 'nobody-here', moderator: true }), 'not-found', /nobody-here/);
  });

  it('grants and revokes moderator', async () => {
    const root = await track(signedInClient('root@example.com', { admin: true }));
    const target = await admin().auth.createUser({ email: 'mod@example.com' });
    await root.call(SET_ROLES, { uid: target.uid, moderator: true });
    expect((await admin().auth.getUser(target.uid)).customClaims).toEqual({ moderator: true });
    await root.call(SET_ROLES, { uid: target.uid, moderator: false });
    expect((await admin().auth.getUser(target.uid)).customClaims).toEqual({});

    const audit = await admin().db.collection('auditLog').where('target.id', '==', target.uid).get();
    const entries = audit.docs.map((d) => d.data()).sort((a, b) => a.createdAt.toMillis() - b.createdAt.toMillis());
    expect(entries.map((e) => [e.actorId, e.action, e.details])).toEqual([
      [root.uid, 'roles.set', { moderator: true }],
      [root.uid, 'roles.set', { moderator: false }],
    ]);
  });

  it('stops an admin from banning or demoting themselves', async () => {
    const root = await track(signedInClient('root@example.com', { admin: true }));
    await expectCallError(root.call(SET_ROLES, { uid: root.uid, banned: true }), 'failed-precondition');
    await expectCallError(root.call(SET_ROLES, { uid: root.uid, admin: false }), 'failed-precondition');
  });

  it('bans a user: claim set, profile marked, sessions revoked, writes refused', async () => {
    const root = await track(signedInClient('root@example.com', { admin: true }));
    const bob = await track(signedInClient('bob@example.com', undefined, 'bob-password-1'));
    await waitFor(async () => ((await admin().db.doc(`users/${bob.uid}`).get()).exists ? true : undefined), 'profile');
    await updateDoc(doc(bob.db, 'users', bob.uid), { bio: 'before the ban' });

    await root.call(SET_ROLES, { uid: bob.uid, banned: true });
    expect((await admin().auth.getUser(bob.uid)).customClaims).toEqual({ banned: true });
    expect((await admin().db.doc(`users/${bob.uid}`).get()).get('banned')).toBe(true);

    // A fresh sign-in carries the banned claim, and the rules refuse every write.
    const again = await track(signedInClient('bob2@example.com'));
    await again.auth.signOut();
    const { signInWithEmailAndPassword } = await import('firebase/auth');
    await signInWithEmailAndPassword(again.auth, 'bob@example.com', 'bob-password-1');
    const token = await again.auth.currentUser!.getIdTokenResult();
    expect(token.claims.banned).toBe(true);
    const denied = await updateDoc(doc(again.db, 'users', bob.uid), { bio: 'after the ban' }).catch(
      (e: { code?: string }) => e.code,
    );
    expect(denied).toBe('permission-denied');

    await root.call(SET_ROLES, { uid: bob.uid, banned: false });
    expect((await admin().db.doc(`users/${bob.uid}`).get()).get('banned')).toBe(false);
  });
});

describe('scripts/grant-admin.mjs', () => {
  it('grants the admin claim to an email on the emulator', async () => {
    const user = await admin().auth.createUser({ email: 'boss@example.com' });
    const { stdout } = await promisify(execFile)('node', ['scripts/grant-admin.mjs', 'boss@example.com']);
    expect(stdout).toMatch(/Granted admin to boss@example.com/);
    expect((await admin().auth.getUser(user.uid)).customClaims).toEqual({ admin: true });
  });

  it('fails clearly for an unknown email', async () => {
    const result = await promisify(execFile)('node', ['scripts/grant-admin.mjs', 'ghost@example.com']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr).toMatch(/No account with email ghost@example.com/);
  });
});
