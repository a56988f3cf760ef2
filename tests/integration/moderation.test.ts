import { moderationQueueId, newMessageFields } from '@aether/common';
import { Timestamp } from 'firebase-admin/firestore';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { moderateMessage } from '../../functions/src/chat/moderateMessage';
import { moderateText } from '../../functions/src/moderation/moderateText';
import { addToQueue } from '../../functions/src/moderation/queue';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';
import { failingHandler, moderationHandler } from '../support/openaiModerationHandlers';
import { startOpenAITestServer, type OpenAITestServer } from '../support/openaiTestServer';

// The first trigger run cold-starts the functions runtime (and the emulator tries Secret Manager
// for OPENAI_API_KEY before falling back to no value), which takes several seconds on a busy machine.
const TRIGGER_WAIT = 45_000;
const clients: Client[] = [];
let openai: OpenAITestServer;
beforeAll(async () => {
  openai = await startOpenAITestServer();
});
afterAll(async () => {
  await openai.close();
});
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
  openai.requests.length = 0;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function room(id: string, memberIds: string[]) {
  await admin()
    .db.doc(`rooms/${id}`)
    .set({
      name: id,
      topic: '',
      type: 'public',
      memberIds,
      createdBy: memberIds[0],
      createdAt: Timestamp.now(),
      lastMessage: null,
      lastMessageAt: Timestamp.fromMillis(Date.now() - 60_000),
    });
}

async function post(client: Client & { uid: string }, roomId: string, text: string, mentions: string[] = []) {
  const ref = doc(collection(client.db, 'rooms', roomId, 'messages'));
  const batch = writeBatch(client.db);
  batch.set(ref, newMessageFields(client.uid, text, serverTimestamp(), { mentions }));
  batch.set(
    doc(client.db, 'rooms', roomId, 'members', client.uid),
    { lastPostedAt: serverTimestamp() },
    { merge: true },
  );
  await batch.commit();
  return ref.id;
}

const messageDoc = (roomId: string, id: string) => admin().db.doc(`rooms/${roomId}/messages/${id}`);
const moderationOf = (roomId: string, id: string) =>
  waitFor(
    async () => (await messageDoc(roomId, id).get()).get('moderation') ?? undefined,
    `moderation of ${id}`,
    TRIGGER_WAIT,
  );
const notificationsOf = async (uid: string) => (await admin().db.collection(`notifications/${uid}/items`).get()).docs;
const visibleIds = async (client: Client, roomId: string) =>
  (await getDocs(query(collection(client.db, 'rooms', roomId, 'messages'), where('hidden', '==', false)))).docs.map(
    (d) => d.id,
  );

async function twoMembers() {
  const alice = await signedInClient('alice@example.com');
  const bob = await signedInClient('bob@example.com');
  clients.push(alice, bob);
  await room('lab', [alice.uid, bob.uid]);
  return { alice, bob };
}

describe('chat message moderation (local classifier in the emulator)', { timeout: 120_000 }, () => {
  it('hides a flagged message, queues it and tells its author exactly once, even if run again', async () => {
    const { alice, bob } = await twoMembers();
    const id = await post(bob, 'lab', 'you are an idiot @alice', [alice.uid]);

    expect(await moderationOf('lab', id)).toEqual({
      status: 'flagged',
      categories: ['harassment'],
      reason: 'Contains abusive or insulting language',
      source: 'local',
    });
    expect((await messageDoc('lab', id).get()).get('hidden')).toBe(true);

    const path = `rooms/lab/messages/${id}`;
    const queue = await admin()
      .db.doc(`moderationQueue/${moderationQueueId('message', path)}`)
      .get();
    expect(queue.data()).toMatchObject({
      kind: 'message',
      path,
      authorId: bob.uid,
      excerpt: 'you are an idiot @alice',
      sources: ['classifier'],
      categories: ['harassment'],
      reasons: ['Contains abusive or insulting language'],
      reportCount: 0,
      status: 'open',
    });
    const mine = await notificationsOf(bob.uid);
    expect(mine.map((d) => d.data())).toMatchObject([
      { type: 'content_flagged', actorId: null, link: '/chat/lab', target: { roomId: 'lab', messageId: id } },
    ]);

    // Hidden from alice (rules), visible to bob; no mention notification, no room preview.
    await expect(getDoc(doc(alice.db, path))).rejects.toMatchObject({ code: 'permission-denied' });
    expect(await visibleIds(alice, 'lab')).toEqual([]);
    expect((await getDoc(doc(bob.db, path))).get('text')).toBe('you are an idiot @alice');
    expect(await notificationsOf(alice.uid)).toHaveLength(0);
    expect((await admin().db.doc('rooms/lab').get()).get('lastMessage')).toBeNull();

    // Redelivery of the same event: nothing changes.
    const again = await moderateMessage(
      admin().db,
      'lab',
      id,
      { authorId: bob.uid, text: 'you are an idiot @alice' },
      `created_lab_${id}`,
    );
    expect(again.outcome).toBe('duplicate');
    expect(
      await moderateMessage(
        admin().db,
        'lab',
        id,
        { authorId: bob.uid, text: 'you are an idiot @alice' },
        `created_lab_${id}`,
      ),
    ).toMatchObject({ outcome: 'duplicate' });
    expect(await notificationsOf(bob.uid)).toHaveLength(1);
    expect((await admin().db.collection('moderationQueue').get()).size).toBe(1);
  });

  it('keeps a clean message visible to everyone and queues nothing', async () => {
    const { alice, bob } = await twoMembers();
    const id = await post(bob, 'lab', 'See you at the lab at 10, @alice', [alice.uid]);
    expect(await moderationOf('lab', id)).toMatchObject({ status: 'approved', categories: [], reason: null });
    expect((await messageDoc('lab', id).get()).get('hidden')).toBe(false);
    expect(await visibleIds(alice, 'lab')).toEqual([id]);
    await waitFor(async () => ((await notificationsOf(alice.uid)).length ? true : undefined), 'mention', TRIGGER_WAIT);
    expect((await admin().db.collection('moderationQueue').get()).size).toBe(0);
    expect(await notificationsOf(bob.uid)).toHaveLength(0);
  });

  it('moderates edits again: flagged when the text turns abusive, visible again when fixed', async () => {
    const { alice, bob } = await twoMembers();
    const id = await post(bob, 'lab', 'hello');
    await moderationOf('lab', id);
    await updateDoc(doc(bob.db, 'rooms/lab/messages', id), { text: 'ok moron', editedAt: serverTimestamp() });
    await waitFor(
      async () => ((await messageDoc('lab', id).get()).get('hidden') === true ? true : undefined),
      'flag',
      TRIGGER_WAIT,
    );
    expect(await visibleIds(alice, 'lab')).toEqual([]);

    await updateDoc(doc(bob.db, 'rooms/lab/messages', id), { text: 'ok, sorry', editedAt: serverTimestamp() });
    await waitFor(
      async () => ((await messageDoc('lab', id).get()).get('hidden') === false ? true : undefined),
      'unflag',
    );
    expect(await visibleIds(alice, 'lab')).toEqual([id]);
    expect((await messageDoc('lab', id).get()).get('moderation.status')).toBe('approved');
    // The queue item stays for moderators to look at.
    expect((await admin().db.collection('moderationQueue').get()).size).toBe(1);
  });
});

describe('moderateText with OpenAI (local test server speaking the OpenAI HTTP protocol)', () => {
  it('uses the moderation endpoint and maps its categories', async () => {
    openai.route(
      'POST',
      '/moderations',
      moderationHandler((input) => (input.includes('threat') ? ['harassment/threatening', 'violence'] : [])),
    );
    const config = { apiKey: 'sk-test', baseURL: openai.baseURL };
    expect(await moderateText('this is a threat', 'message', config)).toEqual({
      flagged: true,
      categories: ['violence'],
      reason: 'Contains threats against someone. Contains violent content',
      source: 'openai',
    });
    expect(await moderateText('idiot', 'message', config)).toEqual({
      flagged: false,
      categories: [],
      reason: null,
      source: 'openai',
    });
    expect(openai.requests).toHaveLength(2);
    expect(openai.requests[0]).toMatchObject({
      method: 'POST',
      path: '/moderations',
      body: { model: 'omni-moderation-latest', input: 'this is a threat' },
    });
    expect(openai.requests[0]!.headers.authorization).toBe('Bearer sk-test');
  });

  it('falls back to the local classifier when the provider fails, and without a key', async () => {
    openai.route('POST', '/moderations', failingHandler(500));
    const verdict = await moderateText('you idiot', 'message', { apiKey: 'sk-test', baseURL: openai.baseURL });
    expect(verdict).toMatchObject({ flagged: true, categories: ['harassment'], source: 'local' });
    expect(openai.requests.length).toBeGreaterThanOrEqual(1);

    openai.requests.length = 0;
    expect(await moderateText('you idiot', 'message', { apiKey: '', baseURL: openai.baseURL })).toMatchObject({
      source: 'local',
      flagged: true,
    });
    expect(openai.requests).toHaveLength(0);
  });

  it('records an OpenAI verdict on a message', async () => {
    openai.route(
      'POST',
      '/moderations',
      moderationHandler(() => ['hate']),
    );
    await room('lab', ['a', 'b']);
    await messageDoc('lab', 'm1').set(newMessageFields('a', 'something hateful', Timestamp.now()));
    // The deployed message trigger moderates it too (locally, no key): let it finish first so its
    // verdict cannot land after the one under test.
    await waitFor(
      async () => ((await messageDoc('lab', 'm1').get()).get('moderation') ? true : undefined),
      'trigger verdict',
      TRIGGER_WAIT,
    );
    const { outcome } = await moderateMessage(
      admin().db,
      'lab',
      'm1',
      { authorId: 'a', text: 'something hateful' },
      'test_m1',
      {
        apiKey: 'sk-test',
        baseURL: openai.baseURL,
      },
    );
    expect(outcome).toBe('applied');
    expect((await messageDoc('lab', 'm1').get()).data()).toMatchObject({
      hidden: true,
      moderation: { status: 'flagged', categories: ['hate'], source: 'openai' },
    });
  });
});

describe('moderation queue', () => {
  it('merges classifier flags and user reports into one item', async () => {
    const db = admin().db;
    const entry = {
      kind: 'post' as const,
      path: 'posts/p1',
      authorId: 'a',
      excerpt: 'x',
      categories: ['spam'],
      reason: 'Looks like spam',
    };
    await db.runTransaction((tx) => addToQueue(db, tx, entry, 'classifier'));
    await db.runTransaction((tx) =>
      addToQueue(db, tx, { ...entry, categories: ['harassment'], reason: 'Rude' }, 'report'),
    );
    const id = await db.runTransaction((tx) =>
      addToQueue(db, tx, { ...entry, categories: [], reason: 'Rude' }, 'report'),
    );
    expect((await db.doc(`moderationQueue/${id}`).get()).data()).toMatchObject({
      sources: ['classifier', 'report'],
      categories: ['spam', 'harassment'],
      reasons: ['Looks like spam', 'Rude'],
      reportCount: 2,
      status: 'open',
    });
  });
});
