import { newCommentFields, newPostFields, queryTerms } from '@aether/common';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyNewComment } from '../../functions/src/social/comments';
import { fanOutPost } from '../../functions/src/social/fanout';
import { reconcileFollow } from '../../functions/src/social/follows';
import { applyLike } from '../../functions/src/social/likes';
import { fetchLinkPreview } from '../../functions/src/social/linkPreview';
import { applyNewPost } from '../../functions/src/social/postEffects';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, waitFor } from '../support/emulators';

// Cold starts of the functions runtime on a loaded 2-core machine take several seconds.
const TRIGGER_WAIT = 60_000;
const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

let counter = 0;
/** A signed-in web client whose profile the auth trigger has created. */
async function member(name: string) {
  const client = await signedInClient(`${name}-${++counter}@social.test`);
  clients.push(client);
  await waitFor(
    async () => ((await db().doc(`users/${client.uid}`).get()).exists ? true : undefined),
    'profile',
    TRIGGER_WAIT,
  );
  return client;
}
const db = () => admin().db;

async function writePost(client: Client & { uid: string }, text: string, tags: string[] = []) {
  const ref = doc(collection(client.db, 'posts'));
  await setDoc(
    ref,
    newPostFields(client.uid, { text, tags, media: [], link: null, visibility: 'public' }, serverTimestamp()),
  );
  return ref.id;
}
const entriesFor = async (postId: string) =>
  (await db().collectionGroup('entries').where('postId', '==', postId).count().get()).data().count;
const fanoutDone = (postId: string) =>
  waitFor(
    async () => {
      const marker = await db().doc(`fanouts/${postId}`).get();
      return marker.get('state') === 'done' ? Number(marker.get('entries')) : undefined;
    },
    `fan-out of ${postId}`,
    TRIGGER_WAIT,
  );
const fieldOf = (path: string, field: string, expected: unknown) =>
  waitFor(
    async () => ((await db().doc(path).get()).get(field) === expected ? true : undefined),
    `${path}.${field} == ${String(expected)}`,
    TRIGGER_WAIT,
  );

async function seedFollowers(authorId: string, n: number) {
  const writer = db().bulkWriter();
  for (let i = 0; i < n; i++) {
    writer.set(db().doc(`users/${authorId}/followers/f${String(i).padStart(4, '0')}`), { createdAt: Timestamp.now() });
  }
  await writer.close();
}

describe('feed fan-out (moderation first, then fan-out)', { timeout: 240_000 }, () => {
  it('puts a post in every follower’s feed exactly once, however often the event is delivered', async () => {
    const author = await member('author');
    await seedFollowers(author.uid, 1200); // more than two fan-out pages
    const postId = await writePost(author, 'Pendulums are fun to watch', ['physics']);
    expect(await fanoutDone(postId)).toBe(1201);
    expect(await entriesFor(postId)).toBe(1201);

    // Redelivery: the whole trigger body again with the same event key, and the fan-out forced
    // to run again from scratch (as if the first run died before writing "done").
    const again = await applyNewPost(
      db(),
      postId,
      { authorId: author.uid, text: 'Pendulums are fun to watch' },
      `post_created_${postId}`,
    );
    expect(again.moderation).toBe('duplicate');
    await db().doc(`fanouts/${postId}`).set({ state: 'running' });
    expect((await fanOutPost(db(), postId)).entries).toBe(1201);
    expect(await entriesFor(postId)).toBe(1201);
    const entry = await db().doc(`feeds/f0007/entries/${postId}`).get();
    expect(entry.data()).toMatchObject({ postId, authorId: author.uid });
  });

  it('keeps a flagged post out of feeds; a moderator’s approval fans it out, removal takes it back', async () => {
    const author = await member('rude');
    const moderator = await signedInClient(`mod-${++counter}@social.test`, { moderator: true });
    clients.push(moderator);
    await seedFollowers(author.uid, 5);
    const postId = await writePost(author, 'you are an idiot');
    await fieldOf(`posts/${postId}`, 'hidden', true);
    const queueId = `post_posts_${postId}`;
    expect((await db().doc(`moderationQueue/${queueId}`).get()).get('status')).toBe('open');
    expect(await entriesFor(postId)).toBe(0);
    // The search index never holds hidden posts.
    expect((await db().doc(`search/post_${postId}`).get()).exists).toBe(false);

    await moderator.call('moderation-resolve', { queueId, action: 'approve' });
    expect(await fanoutDone(postId)).toBe(6);
    await moderator.call('moderation-resolve', { queueId, action: 'remove', note: 'Insulting' });
    await waitFor(async () => ((await entriesFor(postId)) === 0 ? true : undefined), 'feeds emptied', TRIGGER_WAIT);
    const post = (await db().doc(`posts/${postId}`).get()).data()!;
    expect(post).toMatchObject({
      hidden: true,
      moderation: { status: 'removed', source: 'moderator', reason: 'Insulting' },
    });
    const audit = await db().collection('auditLog').where('target.id', '==', `posts/${postId}`).get();
    expect(audit.docs.map((d) => d.get('action')).sort()).toEqual(['moderation.approve', 'moderation.remove']);
    expect(audit.docs.every((d) => d.get('actorId') === moderator.uid)).toBe(true);
  });
});

describe('counters', { timeout: 240_000 }, () => {
  it('counts concurrent likes exactly and a redelivered like once', async () => {
    const author = await member('liked');
    const fans = await Promise.all([1, 2, 3, 4, 5].map((i) => member(`fan${i}`)));
    const postId = await writePost(author, 'Like me');
    await fieldOf(`posts/${postId}`, 'hidden', false);
    await Promise.all(
      fans.map((f) => setDoc(doc(f.db, `posts/${postId}/likes/${f.uid}`), { createdAt: serverTimestamp() })),
    );
    await fieldOf(`posts/${postId}`, 'likeCount', 5);
    // The same event twice: counted once.
    expect(await applyLike(db(), postId, author.uid, 1, 'like_dup-event')).toBe('applied');
    expect(await applyLike(db(), postId, author.uid, 1, 'like_dup-event')).toBe('duplicate');
    expect((await db().doc(`posts/${postId}`).get()).get('likeCount')).toBe(6);
    await deleteDoc(doc(fans[0]!.db, `posts/${postId}/likes/${fans[0]!.uid}`));
    await fieldOf(`posts/${postId}`, 'likeCount', 5);
    const likeNotes = await db().collection(`notifications/${author.uid}/items`).where('type', '==', 'like').get();
    expect(likeNotes.size).toBe(5);
  });

  it('counts comments and replies once per event and notifies the right people', async () => {
    const author = await member('poster');
    const bob = await member('bob');
    const carol = await member('carol');
    const postId = await writePost(author, 'Comment on me');
    await fieldOf(`posts/${postId}`, 'hidden', false);
    await setDoc(
      doc(bob.db, `posts/${postId}/comments/c1`),
      newCommentFields(bob.uid, 'First!', null, serverTimestamp()),
    );
    await setDoc(
      doc(carol.db, `posts/${postId}/comments/c2`),
      newCommentFields(carol.uid, 'Reply', 'c1', serverTimestamp()),
    );
    await fieldOf(`posts/${postId}`, 'commentCount', 2);
    await fieldOf(`posts/${postId}/comments/c1`, 'replyCount', 1);
    const again = await applyNewComment(
      db(),
      postId,
      'c2',
      { authorId: carol.uid, text: 'Reply', parentId: 'c1' },
      `comment_created_${postId}_c2`,
    );
    expect(again.counted).toBe('duplicate');
    expect((await db().doc(`posts/${postId}`).get()).get('commentCount')).toBe(2);
    const types = async (uid: string) =>
      (await db().collection(`notifications/${uid}/items`).get()).docs.map((d) => d.get('type')).sort();
    expect(await types(author.uid)).toEqual(['comment', 'comment']);
    expect(await types(bob.uid)).toEqual(['comment_reply']);
  });

  it('keeps follower counts exact under redelivery and unfollow, and backfills the feed', async () => {
    const alice = await member('alice');
    const bob = await member('bob');
    const postId = await writePost(bob, 'Before you followed');
    await fanoutDone(postId);
    await setDoc(doc(alice.db, `users/${alice.uid}/following/${bob.uid}`), { createdAt: serverTimestamp() });
    await fieldOf(`users/${bob.uid}`, 'followerCount', 1);
    await fieldOf(`users/${alice.uid}`, 'followingCount', 1);
    expect(await reconcileFollow(db(), alice.uid, bob.uid)).toBe('unchanged');
    expect(await reconcileFollow(db(), alice.uid, bob.uid)).toBe('unchanged');
    expect((await db().doc(`users/${bob.uid}`).get()).get('followerCount')).toBe(1);
    await waitFor(
      async () => ((await db().doc(`feeds/${alice.uid}/entries/${postId}`).get()).exists ? true : undefined),
      'backfill',
      TRIGGER_WAIT,
    );
    expect((await db().doc(`notifications/${bob.uid}/items/follow_${alice.uid}`).get()).get('type')).toBe('follow');
    // A later post reaches the follower through fan-out.
    const later = await writePost(bob, 'Now you follow me');
    expect(await fanoutDone(later)).toBe(2);
    await deleteDoc(doc(alice.db, `users/${alice.uid}/following/${bob.uid}`));
    await fieldOf(`users/${bob.uid}`, 'followerCount', 0);
    await fieldOf(`users/${alice.uid}`, 'followingCount', 0);
    await waitFor(
      async () => ((await db().collection(`feeds/${alice.uid}/entries`).get()).empty ? true : undefined),
      'feed pruned',
      TRIGGER_WAIT,
    );
  });

  it('follows a private profile only after the owner accepts the request', async () => {
    const owner = await member('private');
    const asker = await member('asker');
    // As the app does it (the privacy mirror would otherwise overwrite a direct write to the profile).
    await updateDoc(doc(owner.db, 'users', owner.uid, 'private', 'settings'), {
      privacy: 'private',
      updatedAt: serverTimestamp(),
    });
    await fieldOf(`users/${owner.uid}`, 'isPrivate', true);
    await setDoc(doc(asker.db, `users/${owner.uid}/followRequests/${asker.uid}`), { createdAt: serverTimestamp() });
    await waitFor(
      async () =>
        (await db().doc(`notifications/${owner.uid}/items/follow_request_${asker.uid}`).get()).exists
          ? true
          : undefined,
      'request notification',
      TRIGGER_WAIT,
    );
    await expect(owner.call('social-answerFollowRequest', { requesterId: 42, accept: true })).rejects.toMatchObject({
      code: 'functions/invalid-argument',
    });
    expect(await owner.call('social-answerFollowRequest', { requesterId: asker.uid, accept: true })).toEqual({
      result: 'accepted',
    });
    await fieldOf(`users/${owner.uid}`, 'followerCount', 1);
    expect((await db().doc(`users/${owner.uid}/followRequests/${asker.uid}`).get()).exists).toBe(false);
  });
});

describe('search, reports, link previews, recommendations', { timeout: 240_000 }, () => {
  it('finds what was just posted by word and prefix', async () => {
    const author = await member('searcher');
    const postId = await writePost(author, 'Quantum gravitation experiment', ['space']);
    await waitFor(
      async () => ((await db().doc(`search/post_${postId}`).get()).exists ? true : undefined),
      'indexed',
      TRIGGER_WAIT,
    );
    const search = async (q: string) => {
      const { primary } = queryTerms(q);
      const snap = await getDocs(query(collection(author.db, 'search'), where('tokens', 'array-contains', primary)));
      return snap.docs.map((d) => d.get('refId'));
    };
    expect(await search('gravit')).toContain(postId);
    expect(await search('QUANTUM')).toContain(postId);
    expect(await search('space')).toContain(postId);
    expect(await search('gravy')).not.toContain(postId);
    // People are indexed by name.
    await waitFor(
      async () => ((await search('searcher')).includes(author.uid) ? true : undefined),
      'people',
      TRIGGER_WAIT,
    );
  });

  it('queues a report once per reporter and refuses bad input', async () => {
    const author = await member('reported');
    const reporter = await member('reporter');
    const postId = await writePost(author, 'Buy my stuff');
    await fieldOf(`posts/${postId}`, 'hidden', false);
    const input = { kind: 'post', path: `posts/${postId}`, reason: 'Spam' };
    expect(await reporter.call('moderation-report', input)).toEqual({
      queueId: `post_posts_${postId}`,
      status: 'reported',
    });
    expect(await reporter.call('moderation-report', input)).toMatchObject({ status: 'already-reported' });
    const item = (await db().doc(`moderationQueue/post_posts_${postId}`).get()).data()!;
    expect(item).toMatchObject({ reportCount: 1, sources: ['report'], reasons: ['Spam'], status: 'open' });
    await expect(reporter.call('moderation-report', { ...input, kind: 'comment' })).rejects.toMatchObject({
      code: 'functions/invalid-argument',
    });
    await expect(reporter.call('moderation-report', { ...input, path: 'posts/nope' })).rejects.toMatchObject({
      code: 'functions/not-found',
    });
    await expect(author.call('moderation-report', input)).rejects.toMatchObject({
      code: 'functions/failed-precondition',
    });
    await expect(
      reporter.call('moderation-resolve', { queueId: `post_posts_${postId}`, action: 'remove' }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
  });

  it('reads Open Graph tags from a local page and fails clearly when a page is unreachable', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          '<head><meta property="og:title" content="Local page"><meta property="og:image" content="/i.png"></head>',
        );
      } else {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const user = await member('linker');
      expect(await user.call('social-linkPreview', { url: `${base}/page` })).toMatchObject({
        title: 'Local page',
        image: `${base}/i.png`,
      });
      await expect(user.call('social-linkPreview', { url: `${base}/file.pdf` })).rejects.toMatchObject({
        code: 'functions/unavailable',
      });
      await expect(user.call('social-linkPreview', { url: 'ftp://x' })).rejects.toMatchObject({
        code: 'functions/invalid-argument',
      });
      // Deployed functions refuse local addresses.
      expect(await fetchLinkPreview(`${base}/page`, { allowPrivate: false })).toBe('blocked');
    } finally {
      await new Promise((r) => server.close(r));
    }
    const closed = await fetchLinkPreview('http://127.0.0.1:9/none', { allowPrivate: true, timeoutMs: 2000 });
    expect(closed).toBe('unreachable');
  });

  it('recommends friends of friends and people who share tags', async () => {
    const me = await member('me');
    const friend = await member('friend');
    const fof = await member('fof');
    const tagger = await member('tagger');
    await db().doc(`users/${me.uid}/following/${friend.uid}`).set({ createdAt: FieldValue.serverTimestamp() });
    await db().doc(`users/${friend.uid}/following/${fof.uid}`).set({ createdAt: FieldValue.serverTimestamp() });
    await writePost(me, 'I like orbits', ['orbits']);
    await writePost(tagger, 'Orbits everywhere', ['orbits']);
    await waitFor(
      async () =>
        (await db().collection('posts').where('tags', 'array-contains', 'orbits').get()).size === 2 ? true : undefined,
      'posts',
    );
    expect(await me.call('social-refreshRecommendations', {})).toMatchObject({ people: 2 });
    const recs = (await db().doc(`recommendations/${me.uid}`).get()).data()!;
    expect(recs.people.map((p: { uid: string }) => p.uid)).toEqual([fof.uid, tagger.uid]);
    expect(recs.people[1].reason).toContain('#orbits');
    expect(recs.interests).toEqual(['orbits']);
  });
});
