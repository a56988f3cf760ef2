import { doc, getDoc, getDocs, collection, serverTimestamp, setDoc, updateDoc, deleteDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const pageView = (n = 0) => ({
  id: `evt_page_${n}_abcdef`,
  name: 'page_view',
  at: 1_700_000_000_000,
  props: { path: '/chat' },
});
const crash = {
  id: 'evt_crash_abcdef',
  name: 'client_error',
  at: 1_700_000_000_000,
  props: { name: 'TypeError', path: '/chat/:id' },
};
const batch = (uid: string, events: unknown[]) => ({ uid, createdAt: serverTimestamp(), events });

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'events/existing_batch'), { uid: alice, createdAt: new Date(), events: [pageView()] });
    await setDoc(doc(db, 'statsShards/2026-12-01_0'), { day: '2026-12-01', shard: 0, counts: { page_view: 1 } });
    await setDoc(doc(db, 'userActivity/alice'), { uid: alice, days: ['2026-12-01'], milestones: {} });
    await setDoc(doc(db, 'stats/summary'), { today: '2026-12-01' });
  });
});

describe('events (analytics batches)', () => {
  it('a signed-in user creates a well-formed batch of their own events', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(setDoc(doc(db, 'events/batch_one_1'), batch(alice, [pageView(), crash])));
    const twenty = Array.from({ length: 10 }, (_, i) => pageView(i));
    await expectAllowed(setDoc(doc(db, 'events/batch_ten'), batch(alice, twenty)));
  });

  it.each([
    ['another user’s uid', batch(bob, [pageView()])],
    ['an empty batch', batch(alice, [])],
    [
      'more than 10 events',
      batch(
        alice,
        Array.from({ length: 11 }, (_, i) => pageView(i)),
      ),
    ],
    ['a server-only event name', batch(alice, [{ ...pageView(), name: 'sign_up', props: { method: 'password' } }])],
    ['an unknown event name', batch(alice, [{ ...pageView(), name: 'purchase' }])],
    ['personal data in the payload', batch(alice, [{ ...pageView(), props: { path: '/', email: 'a@b.c' } }])],
    ['a payload of the wrong shape', batch(alice, [{ ...pageView(), props: { path: 42 } }])],
    [
      'a malformed event in the last slot',
      batch(alice, [...Array.from({ length: 9 }, (_, i) => pageView(i)), { id: 'x' }]),
    ],
    ['a bad event id', batch(alice, [{ ...pageView(), id: 'no spaces allowed' }])],
    ['a time that is not an integer', batch(alice, [{ ...pageView(), at: 'yesterday' }])],
    ['extra fields on the batch', { ...batch(alice, [pageView()]), ip: '10.0.0.1' }],
    ['a client-chosen createdAt', { ...batch(alice, [pageView()]), createdAt: new Date() }],
  ])('refuses %s', async (_label, data) => {
    await expectDenied(setDoc(doc(asUser(rules.env, alice).firestore(), 'events/batch_bad_1'), data));
  });

  it('refuses visitors and banned users, and nobody reads, edits or deletes a batch', async () => {
    await expectDenied(
      setDoc(doc(rules.env.unauthenticatedContext().firestore(), 'events/batch_anon'), batch(alice, [pageView()])),
    );
    await expectDenied(
      setDoc(doc(asBanned(rules.env, alice).firestore(), 'events/batch_banned'), batch(alice, [pageView()])),
    );
    const adminDb = asUser(rules.env, 'root', { admin: true }).firestore();
    const aliceDb = asUser(rules.env, alice).firestore();
    await expectDenied(getDoc(doc(aliceDb, 'events/existing_batch')));
    await expectDenied(getDoc(doc(adminDb, 'events/existing_batch')));
    await expectDenied(updateDoc(doc(aliceDb, 'events/existing_batch'), { events: [crash] }));
    await expectDenied(deleteDoc(doc(aliceDb, 'events/existing_batch')));
  });

  it('a retried batch (same id) cannot overwrite the first one', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(db, 'events/existing_batch'), batch(alice, [pageView()])));
  });
});

describe('aggregates (stats, statsShards, userActivity)', () => {
  const paths = ['stats/summary', 'statsShards/2026-12-01_0', 'userActivity/alice'];

  it('admins read them', async () => {
    const db = asUser(rules.env, 'root', { admin: true }).firestore();
    for (const path of paths) await expectAllowed(getDoc(doc(db, path)));
    await expectAllowed(getDocs(collection(db, 'statsShards')));
  });

  it('members, moderators, banned admins and visitors do not; nobody writes them', async () => {
    for (const ctx of [
      asUser(rules.env, alice),
      asUser(rules.env, 'mod', { moderator: true }),
      asUser(rules.env, 'fallen', { admin: true, banned: true }),
      rules.env.unauthenticatedContext(),
    ]) {
      for (const path of paths) await expectDenied(getDoc(doc(ctx.firestore(), path)));
    }
    const adminDb = asUser(rules.env, 'root', { admin: true }).firestore();
    for (const path of paths) await expectDenied(setDoc(doc(adminDb, path), { forged: true }));
  });
});
