import { newCommentFields, newPostFields } from '@aether/common';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { storedProfile, t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const carol = 'carol'; // private profile; alice follows her, bob does not
const mod = 'mod';
const stored = (authorId: string, overrides: Record<string, unknown> = {}) => ({
  ...newPostFields(authorId, { text: 'Hello', tags: ['physics'], media: [], link: null, visibility: 'public' }, t0),
  ...overrides,
});

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'users', alice), storedProfile());
    await setDoc(doc(db, 'users', bob), storedProfile({ displayName: 'Bob' }));
    await setDoc(doc(db, 'users', carol), storedProfile({ displayName: 'Carol', isPrivate: true }));
    await setDoc(doc(db, `users/${carol}/followers/${alice}`), { createdAt: t0 });
    await setDoc(doc(db, `users/${alice}/following/${carol}`), { createdAt: t0 });
    await setDoc(doc(db, 'posts/pub'), stored(bob));
    await setDoc(doc(db, 'posts/priv'), stored(carol, { visibility: 'followers' }));
    await setDoc(
      doc(db, 'posts/flagged'),
      stored(bob, {
        hidden: true,
        moderation: { status: 'removed', categories: [], reason: 'x', source: 'moderator' },
      }),
    );
    await setDoc(doc(db, 'posts/pub/comments/c1'), newCommentFields(alice, 'Nice', null, t0));
    await setDoc(doc(db, 'posts/pub/comments/c2'), newCommentFields(alice, 'Reply', 'c1', t0));
    await setDoc(doc(db, `posts/pub/likes/${alice}`), { createdAt: t0 });
    await setDoc(doc(db, `feeds/${alice}/entries/pub`), { postId: 'pub', authorId: bob, createdAt: t0 });
    await setDoc(doc(db, 'search/post_pub'), { kind: 'post', refId: 'pub', tokens: ['he', 'hello'] });
    await setDoc(doc(db, `recommendations/${alice}`), { people: [] });
  });
});

const db = (uid: string, claims: Record<string, unknown> = {}) => asUser(rules.env, uid, claims).firestore();
const newPost = (authorId: string, overrides: Record<string, unknown> = {}) => ({
  ...newPostFields(
    authorId,
    { text: 'A new post', tags: ['space'], media: [], link: null, visibility: 'public' },
    serverTimestamp(),
  ),
  ...overrides,
});
const image = (uid: string) => ({
  path: `posts/${uid}/p9/0.jpg`,
  url: 'https://example.com/0.jpg',
  previewUrl: 'https://example.com/0p.jpg',
  width: 800,
  height: 600,
});

describe('posts: writing', () => {
  it('lets a user post as themselves with up to 4 images, tags and a link preview', async () => {
    await expectAllowed(setDoc(doc(db(alice), 'posts/a1'), newPost(alice)));
    await expectAllowed(
      setDoc(
        doc(db(alice), 'posts/a2'),
        newPost(alice, {
          media: [image(alice), image(alice), image(alice), image(alice)],
          link: { url: 'https://x.org', title: 'X', description: '', image: null, siteName: null },
        }),
      ),
    );
  });

  it('refuses posting as someone else, preset counters, hidden or moderation fields, bad sizes', async () => {
    await expectDenied(setDoc(doc(db(alice), 'posts/b1'), newPost(bob)));
    await expectDenied(setDoc(doc(db(alice), 'posts/b2'), newPost(alice, { likeCount: 5 })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b3'), newPost(alice, { commentCount: 1 })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b4'), newPost(alice, { hidden: true })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b5'), { ...newPost(alice), moderation: { status: 'approved' } }));
    await expectDenied(setDoc(doc(db(alice), 'posts/b6'), newPost(alice, { text: 'x'.repeat(2001) })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b7'), newPost(alice, { text: '   ' })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b8'), newPost(alice, { tags: ['a', 'b', 'c', 'd', 'e', 'f'] })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b9'), newPost(alice, { tags: ['Not OK'] })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b10'), newPost(alice, { media: Array(5).fill(image(alice)) })));
    await expectDenied(setDoc(doc(db(alice), 'posts/b11'), newPost(alice, { media: [image(bob)] })));
    await expectDenied(
      setDoc(doc(db(alice), 'posts/b12'), newPost(alice, { link: { url: 'javascript:x', title: 'X' } })),
    );
    await expectDenied(setDoc(doc(db(alice), 'posts/b13'), newPost(alice, { createdAt: t0 })));
  });

  it('makes a private profile post to followers only', async () => {
    await expectDenied(setDoc(doc(db(carol), 'posts/c1'), newPost(carol)));
    await expectAllowed(setDoc(doc(db(carol), 'posts/c2'), newPost(carol, { visibility: 'followers' })));
  });

  it('blocks banned users from posting, liking, commenting and following', async () => {
    const banned = asBanned(rules.env, alice).firestore();
    await expectDenied(setDoc(doc(banned, 'posts/x'), newPost(alice)));
    await expectDenied(setDoc(doc(banned, `posts/pub/likes/${alice}`), { createdAt: serverTimestamp() }));
    await expectDenied(
      setDoc(doc(banned, 'posts/pub/comments/x'), newCommentFields(alice, 'hi', null, serverTimestamp())),
    );
    await expectDenied(setDoc(doc(banned, `users/${alice}/following/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(getDoc(doc(banned, 'posts/pub')));
  });

  it('lets the author edit text and tags (not counters) and delete; moderators delete too', async () => {
    await expectAllowed(
      updateDoc(doc(db(bob), 'posts/pub'), { text: 'Edited', tags: ['x'], editedAt: serverTimestamp() }),
    );
    await expectDenied(updateDoc(doc(db(alice), 'posts/pub'), { text: 'Mine now', editedAt: serverTimestamp() }));
    await expectDenied(updateDoc(doc(db(bob), 'posts/pub'), { likeCount: 99 }));
    await expectDenied(updateDoc(doc(db(bob), 'posts/pub'), { commentCount: 99 }));
    await expectDenied(updateDoc(doc(db(bob), 'posts/pub'), { hidden: false }));
    await expectDenied(updateDoc(doc(db(bob), 'posts/flagged'), { hidden: false }));
    await expectDenied(deleteDoc(doc(db(alice), 'posts/pub')));
    await expectAllowed(deleteDoc(doc(db(mod, { moderator: true }), 'posts/flagged')));
    await expectAllowed(deleteDoc(doc(db(bob), 'posts/pub')));
  });
});

describe('posts: reading', () => {
  it('shows public posts to members; private-profile posts only to followers', async () => {
    await expectAllowed(getDoc(doc(db(alice), 'posts/pub')));
    await expectAllowed(getDoc(doc(db(alice), 'posts/priv')));
    await expectDenied(getDoc(doc(db(bob), 'posts/priv')));
    await expectAllowed(getDoc(doc(db(carol), 'posts/priv')));
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), 'posts/pub')));
    // A post not written yet reads as missing (a listener may attach before the author's write lands).
    await expectAllowed(getDoc(doc(db(bob), 'posts/not-yet')));
    await expectDenied(getDoc(doc(asBanned(rules.env, bob).firestore(), 'posts/not-yet')));
  });

  it('hides removed content from everyone but its author and moderators', async () => {
    await expectDenied(getDoc(doc(db(alice), 'posts/flagged')));
    await expectAllowed(getDoc(doc(db(bob), 'posts/flagged')));
    await expectAllowed(getDoc(doc(db(mod, { moderator: true }), 'posts/flagged')));
  });

  it('allows only list queries that filter to what the reader may see', async () => {
    const posts = (uid: string) => collection(db(uid), 'posts');
    await expectAllowed(getDocs(query(posts(bob), where('hidden', '==', false), where('visibility', '==', 'public'))));
    await expectDenied(getDocs(query(posts(bob), where('hidden', '==', false))));
    await expectDenied(getDocs(posts(bob)));
    await expectAllowed(getDocs(query(posts(bob), where('authorId', '==', bob))));
    await expectAllowed(getDocs(query(posts(alice), where('authorId', '==', carol), where('hidden', '==', false))));
    await expectDenied(getDocs(query(posts(bob), where('authorId', '==', carol), where('hidden', '==', false))));
  });
});

describe('likes', () => {
  it('lets a user like once as themselves and unlike; never twice, never for others', async () => {
    await expectAllowed(setDoc(doc(db(bob), `posts/pub/likes/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(bob), `posts/pub/likes/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(alice), `posts/pub/likes/${alice}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(alice), `posts/pub/likes/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(bob), `posts/priv/likes/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(alice), `posts/flagged/likes/${alice}`), { createdAt: serverTimestamp() }));
    await expectDenied(deleteDoc(doc(db(bob), `posts/pub/likes/${alice}`)));
    await expectAllowed(deleteDoc(doc(db(alice), `posts/pub/likes/${alice}`)));
  });
});

describe('comments', () => {
  const comment = (uid: string, parentId: string | null = null, overrides: Record<string, unknown> = {}) => ({
    ...newCommentFields(uid, 'Great post', parentId, serverTimestamp()),
    ...overrides,
  });

  it('allows comments and one level of replies as yourself', async () => {
    await expectAllowed(setDoc(doc(db(bob), 'posts/pub/comments/n1'), comment(bob)));
    await expectAllowed(setDoc(doc(db(bob), 'posts/pub/comments/n2'), comment(bob, 'c1')));
    await expectDenied(setDoc(doc(db(bob), 'posts/pub/comments/n3'), comment(bob, 'c2')));
    await expectDenied(setDoc(doc(db(bob), 'posts/pub/comments/n4'), comment(bob, 'missing')));
    await expectDenied(setDoc(doc(db(bob), 'posts/pub/comments/n5'), comment(alice)));
    await expectDenied(setDoc(doc(db(bob), 'posts/pub/comments/n6'), comment(bob, null, { replyCount: 3 })));
    await expectDenied(setDoc(doc(db(bob), 'posts/priv/comments/n7'), comment(bob)));
    await expectDenied(setDoc(doc(db(alice), 'posts/flagged/comments/n8'), comment(alice)));
  });

  it('lets authors edit their text and delete; nobody edits counters', async () => {
    await expectAllowed(
      updateDoc(doc(db(alice), 'posts/pub/comments/c1'), { text: 'Edited', editedAt: serverTimestamp() }),
    );
    await expectDenied(updateDoc(doc(db(alice), 'posts/pub/comments/c1'), { replyCount: 7 }));
    await expectDenied(
      updateDoc(doc(db(bob), 'posts/pub/comments/c1'), { text: 'Not mine', editedAt: serverTimestamp() }),
    );
    await expectDenied(deleteDoc(doc(db(bob), 'posts/pub/comments/c1')));
    await expectAllowed(deleteDoc(doc(db(alice), 'posts/pub/comments/c2')));
    await expectAllowed(getDocs(query(collection(db(bob), 'posts/pub/comments'), where('hidden', '==', false))));
  });
});

describe('follows', () => {
  it('lets a user follow a public profile as themselves and unfollow', async () => {
    await expectAllowed(setDoc(doc(db(alice), `users/${alice}/following/${bob}`), { createdAt: serverTimestamp() }));
    await expectAllowed(deleteDoc(doc(db(alice), `users/${alice}/following/${bob}`)));
  });

  it('refuses following for someone else, yourself, a private profile directly, and writing followers/counters', async () => {
    await expectDenied(setDoc(doc(db(alice), `users/${bob}/following/${alice}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(alice), `users/${alice}/following/${alice}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(bob), `users/${bob}/following/${carol}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(bob), `users/${alice}/followers/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(updateDoc(doc(db(alice), `users/${alice}`), { followerCount: 100 }));
    await expectDenied(updateDoc(doc(db(alice), `users/${alice}`), { followingCount: 100 }));
  });

  it('lets a user ask to follow a private profile; the owner reads and declines it', async () => {
    await expectAllowed(setDoc(doc(db(bob), `users/${carol}/followRequests/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(setDoc(doc(db(bob), `users/${alice}/followRequests/${bob}`), { createdAt: serverTimestamp() }));
    await expectDenied(
      setDoc(doc(db(alice), `users/${carol}/followRequests/${alice}`), { createdAt: serverTimestamp() }),
    );
    await expectDenied(getDoc(doc(db(alice), `users/${carol}/followRequests/${bob}`)));
    await expectAllowed(getDoc(doc(db(carol), `users/${carol}/followRequests/${bob}`)));
    await expectAllowed(deleteDoc(doc(db(carol), `users/${carol}/followRequests/${bob}`)));
  });
});

describe('feeds, search, recommendations, reports', () => {
  it('lets each user read only their own feed and recommendations; functions write them', async () => {
    await expectAllowed(getDoc(doc(db(alice), `feeds/${alice}/entries/pub`)));
    await expectDenied(getDoc(doc(db(bob), `feeds/${alice}/entries/pub`)));
    await expectDenied(setDoc(doc(db(alice), `feeds/${alice}/entries/x`), { postId: 'x' }));
    await expectAllowed(getDoc(doc(db(alice), `recommendations/${alice}`)));
    await expectDenied(getDoc(doc(db(bob), `recommendations/${alice}`)));
    await expectDenied(setDoc(doc(db(alice), `recommendations/${alice}`), { people: [] }));
  });

  it('lets members search; nobody writes the index or reports directly', async () => {
    await expectAllowed(getDocs(query(collection(db(bob), 'search'), where('tokens', 'array-contains', 'hello'))));
    await expectDenied(getDocs(collection(rules.env.unauthenticatedContext().firestore(), 'search')));
    await expectDenied(setDoc(doc(db(alice), 'search/post_x'), { tokens: [] }));
    await expectDenied(setDoc(doc(db(alice), 'reports/r1'), { reason: 'spam' }));
    await expectDenied(getDoc(doc(db(alice), 'reports/r1')));
    await expectAllowed(getDoc(doc(db(mod, { moderator: true }), 'reports/r1')));
  });
});
