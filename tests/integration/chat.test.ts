import { newMessageFields } from '@aether/common';
import { Timestamp } from 'firebase-admin/firestore';
import { doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMessageEffects } from '../../functions/src/chat/applyMessageEffects';
import { markStaleOffline } from '../../functions/src/presence/markStaleOffline';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function room(id: string, memberIds: string[], type = 'public') {
  await admin()
    .db.doc(`rooms/${id}`)
    .set({
      name: type === 'dm' ? '' : id,
      topic: '',
      type,
      memberIds,
      createdBy: memberIds[0],
      createdAt: Timestamp.now(),
      lastMessage: null,
      lastMessageAt: Timestamp.fromMillis(Date.now() - 60_000),
    });
}

async function post(
  client: Client & { uid: string },
  roomId: string,
  text: string,
  extra: Record<string, unknown> = {},
) {
  const ref = doc(client.db, 'rooms', roomId, 'messages', `${client.uid}-${Date.now()}`);
  const batch = writeBatch(client.db);
  batch.set(ref, { ...newMessageFields(client.uid, text, serverTimestamp()), ...extra });
  batch.set(
    doc(client.db, 'rooms', roomId, 'members', client.uid),
    { lastPostedAt: serverTimestamp() },
    { merge: true },
  );
  await batch.commit();
  return ref.id;
}

const notificationsOf = async (uid: string) => (await admin().db.collection(`notifications/${uid}/items`).get()).docs;

describe('chat.onMessageCreated', () => {
  it('moves the room’s last message and notifies mentioned members', async () => {
    const alice = await signedInClient('alice@example.com');
    const bob = await signedInClient('bob@example.com');
    clients.push(alice, bob);
    await room('lab', [alice.uid, bob.uid]);

    const id = await post(alice, 'lab', 'hi @bob look', { mentions: [bob.uid, 'not-a-member'] });
    const lastMessage = await waitFor(async () => {
      const snap = await admin().db.doc('rooms/lab').get();
      return snap.get('lastMessage')?.messageId === id ? snap.get('lastMessage') : undefined;
    }, 'lastMessage');
    expect(lastMessage).toMatchObject({ authorId: alice.uid, text: 'hi @bob look' });

    const items = await waitFor(async () => {
      const docs = await notificationsOf(bob.uid);
      return docs.length ? docs : undefined;
    }, 'mention notification');
    expect(items.map((d) => d.id)).toEqual([`mention_${id}`]);
    expect(items[0]!.data()).toMatchObject({
      type: 'mention',
      actorId: alice.uid,
      read: false,
      target: { roomId: 'lab', messageId: id },
    });
    expect(await notificationsOf('not-a-member')).toHaveLength(0);
    expect(await notificationsOf(alice.uid)).toHaveLength(0);
  });

  it('applies its effects exactly once when the same event is delivered twice', async () => {
    const alice = await signedInClient('alice@example.com');
    const bob = await signedInClient('bob@example.com');
    clients.push(alice, bob);
    await room('lab', [alice.uid, bob.uid]);
    const id = await post(alice, 'lab', '@bob twice', { mentions: [bob.uid] });
    await waitFor(async () => ((await notificationsOf(bob.uid)).length ? true : undefined), 'first delivery');

    // The trigger's own run already happened; redeliver the same event twice more.
    const stored = (await admin().db.doc(`rooms/lab/messages/${id}`).get()).data() as never;
    await expect(applyMessageEffects(admin().db, 'lab', id, stored)).resolves.toEqual({ applied: false, notified: [] });
    await expect(applyMessageEffects(admin().db, 'lab', id, stored)).resolves.toEqual({ applied: false, notified: [] });
    expect(await notificationsOf(bob.uid)).toHaveLength(1);
    // One marker for the effects (moderation keeps its own, moderation_…).
    const markers = (await admin().db.collection('processedEvents').get()).docs.map((d) => d.id);
    expect(markers.filter((id) => id.startsWith('chat_'))).toHaveLength(1);
  });

  it('never moves lastMessage backwards when events arrive out of order', async () => {
    await room('lab', ['a', 'b']);
    const newer = { authorId: 'a', text: 'newer', createdAt: Timestamp.fromMillis(Date.now()) };
    const older = { authorId: 'b', text: 'older', createdAt: Timestamp.fromMillis(Date.now() - 10_000) };
    await applyMessageEffects(admin().db, 'lab', 'm-newer', newer);
    await applyMessageEffects(admin().db, 'lab', 'm-older', older);
    expect((await admin().db.doc('rooms/lab').get()).get('lastMessage.text')).toBe('newer');
  });

  it('notifies the other person in a DM and the author of a replied-to message', async () => {
    await room('dm_a_b', ['a', 'b'], 'dm');
    await applyMessageEffects(admin().db, 'dm_a_b', 'm1', { authorId: 'a', text: 'psst', createdAt: Timestamp.now() });
    expect((await notificationsOf('b')).map((d) => d.id)).toEqual(['dm_m1']);

    await room('lab', ['a', 'b', 'c']);
    await applyMessageEffects(admin().db, 'lab', 'm2', {
      authorId: 'c',
      text: 'agreed',
      createdAt: Timestamp.now(),
      replyTo: { messageId: 'm0', authorId: 'a' },
    });
    expect((await notificationsOf('a')).map((d) => d.id)).toEqual(['reply_m2']);
  });
});

describe('presence.sweepStalePresence', () => {
  it('marks users whose heartbeat stopped offline, and nobody else', async () => {
    const now = Date.now();
    const db = admin().db;
    await db
      .doc('presence/stale')
      .set({ state: 'online', lastSeen: Timestamp.fromMillis(now - 120_000), roomId: 'lab' });
    await db.doc('presence/away').set({ state: 'away', lastSeen: Timestamp.fromMillis(now - 120_000), roomId: null });
    await db.doc('presence/fresh').set({ state: 'online', lastSeen: Timestamp.fromMillis(now - 5_000), roomId: null });
    await db
      .doc('presence/gone')
      .set({ state: 'offline', lastSeen: Timestamp.fromMillis(now - 999_000), roomId: null });

    expect(await markStaleOffline(db, now, 75_000)).toBe(2);
    expect((await db.doc('presence/stale').get()).data()).toMatchObject({ state: 'offline', roomId: null });
    expect((await db.doc('presence/away').get()).get('state')).toBe('offline');
    expect((await db.doc('presence/fresh').get()).get('state')).toBe('online');
    expect(await markStaleOffline(db, now, 75_000)).toBe(0);
  });
});
