import {
  arrayRemove,
  arrayUnion,
  doc,
  getDoc,
  getDocs,
  collection,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  deleteDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { storedRoom, t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const carol = 'carol';
const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'rooms/lobby'), storedRoom('Lobby', 'public', [alice]));
    await setDoc(doc(db, 'rooms/secret'), storedRoom('Secret', 'private', [alice, bob]));
    await setDoc(doc(db, 'rooms/dm_alice_bob'), storedRoom('', 'dm', [alice, bob]));
  });
});

const newRoom = (overrides: Record<string, unknown> = {}) => ({
  name: 'Physics',
  topic: 'Ask anything',
  type: 'public',
  memberIds: [alice],
  createdBy: alice,
  createdAt: serverTimestamp(),
  lastMessage: null,
  lastMessageAt: serverTimestamp(),
  ...overrides,
});

describe('rooms: reading', () => {
  it('shows public rooms to every member and private rooms and DMs only to their members', async () => {
    const carolDb = asUser(rules.env, carol).firestore();
    await expectAllowed(getDoc(doc(carolDb, 'rooms/lobby')));
    await expectDenied(getDoc(doc(carolDb, 'rooms/secret')));
    await expectDenied(getDoc(doc(carolDb, 'rooms/dm_alice_bob')));
    await expectAllowed(getDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret')));
  });

  it('allows the two list queries the app makes, and refuses an unfiltered one', async () => {
    const db = asUser(rules.env, carol).firestore();
    await expectAllowed(getDocs(query(collection(db, 'rooms'), where('type', '==', 'public'))));
    await expectAllowed(getDocs(query(collection(db, 'rooms'), where('memberIds', 'array-contains', carol))));
    await expectDenied(getDocs(collection(db, 'rooms')));
  });

  it('refuses visitors and banned users', async () => {
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), 'rooms/lobby')));
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), 'rooms/lobby')));
  });
});

describe('rooms: creating', () => {
  it('lets a member create public and private rooms they belong to', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(setDoc(doc(db, 'rooms/r1'), newRoom()));
    await expectAllowed(setDoc(doc(db, 'rooms/r2'), newRoom({ type: 'private', memberIds: [alice, bob, carol] })));
  });

  it('refuses rooms for someone else, without yourself, backdated, or with a last message', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ createdBy: bob })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ memberIds: [bob] })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ createdAt: t0 })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ lastMessage: { text: 'fake' } })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ name: '' })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ name: 'x'.repeat(61) })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ type: 'secret' })));
    await expectDenied(setDoc(doc(db, 'rooms/r1'), newRoom({ extra: true })));
  });

  it('creates DMs only under the pair id, with exactly the two people', async () => {
    const db = asUser(rules.env, bob).firestore();
    const dm = { name: '', type: 'dm', memberIds: [bob, carol], createdBy: bob };
    await expectAllowed(setDoc(doc(db, 'rooms/dm_bob_carol'), newRoom(dm)));
    await expectDenied(setDoc(doc(db, 'rooms/dm_carol_bob'), newRoom({ ...dm, memberIds: [carol, bob] })));
    await expectDenied(setDoc(doc(db, 'rooms/dm_bob_dave'), newRoom({ ...dm, memberIds: [bob, carol] })));
    await expectDenied(setDoc(doc(db, 'rooms/dm_alice_carol'), newRoom({ ...dm, memberIds: ['alice', 'carol'] })));
    await expectDenied(setDoc(doc(db, 'rooms/dm_x'), newRoom({ ...dm, type: 'public', name: 'sneaky' })));
  });

  it('refuses a banned user', async () => {
    await expectDenied(setDoc(doc(asBanned(rules.env, alice).firestore(), 'rooms/r1'), newRoom()));
  });
});

describe('rooms: membership', () => {
  it('lets anyone join a public room and leave it again', async () => {
    const db = asUser(rules.env, carol).firestore();
    await expectAllowed(updateDoc(doc(db, 'rooms/lobby'), { memberIds: arrayUnion(carol) }));
    await expectAllowed(updateDoc(doc(db, 'rooms/lobby'), { memberIds: arrayRemove(carol) }));
  });

  it('refuses joining a private room or a DM uninvited, and adding others to a public room', async () => {
    const db = asUser(rules.env, carol).firestore();
    await expectDenied(updateDoc(doc(db, 'rooms/secret'), { memberIds: arrayUnion(carol) }));
    await expectDenied(updateDoc(doc(db, 'rooms/dm_alice_bob'), { memberIds: arrayUnion(carol) }));
    await expectDenied(updateDoc(doc(db, 'rooms/lobby'), { memberIds: arrayUnion(carol, 'dave') }));
    await expectDenied(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/lobby'), { memberIds: arrayUnion(bob) }),
    );
  });

  it('lets private-room members invite people, but not remove others', async () => {
    const db = asUser(rules.env, bob).firestore();
    await expectAllowed(updateDoc(doc(db, 'rooms/secret'), { memberIds: arrayUnion(carol) }));
    await expectDenied(updateDoc(doc(db, 'rooms/secret'), { memberIds: arrayRemove(alice) }));
  });

  it('does not let anyone leave a DM or kick a member out of a public room', async () => {
    await expectDenied(
      updateDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/dm_alice_bob'), { memberIds: arrayRemove(bob) }),
    );
    await expectDenied(
      updateDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/lobby'), { memberIds: arrayRemove(alice) }),
    );
  });

  it('lets only the creator rename, and nobody set lastMessage or delete a room', async () => {
    await expectAllowed(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/lobby'), { name: 'Hall', topic: 'Hi' }),
    );
    await expectDenied(updateDoc(doc(asUser(rules.env, carol).firestore(), 'rooms/lobby'), { name: 'Mine' }));
    await expectDenied(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/lobby'), { lastMessage: { text: 'x' } }),
    );
    await expectDenied(deleteDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/lobby')));
  });

  it('refuses banned members', async () => {
    await expectDenied(
      updateDoc(doc(asBanned(rules.env, carol).firestore(), 'rooms/lobby'), { memberIds: arrayUnion(carol) }),
    );
  });
});

describe('rooms/{id}/members/{uid}', () => {
  it('lets a member stamp their own read marker with the server time', async () => {
    const db = asUser(rules.env, bob).firestore();
    await expectAllowed(
      setDoc(doc(db, 'rooms/secret/members', bob), { lastReadAt: serverTimestamp() }, { merge: true }),
    );
    await expectAllowed(getDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/members', bob)));
  });

  it("refuses other people's markers, other times, other keys and non-members", async () => {
    await expectDenied(
      setDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/members', alice), { lastReadAt: serverTimestamp() }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/members', bob), { lastReadAt: t0 }),
    );
    await expectDenied(setDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/members', bob), { role: 'owner' }));
    await expectDenied(
      setDoc(doc(asUser(rules.env, carol).firestore(), 'rooms/secret/members', carol), {
        lastReadAt: serverTimestamp(),
      }),
    );
    await expectDenied(getDoc(doc(asUser(rules.env, carol).firestore(), 'rooms/secret/members', bob)));
  });
});
