// Data layer for posts, feeds, likes, comments, follows, media and recommendations: the only
// social code that imports Firebase. Components use the hooks in queries.ts.
import { SOCIAL_LIMITS } from '@aether/common/social/limits';
import { newCommentFields, newPostFields, type LinkPreview, type PostImage } from '@aether/common/social/schema';
import {
  collection,
  deleteDoc,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type DocumentData,
  type QueryConstraint,
} from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { firestoreDb } from '../../lib/firestore';
import { cloudFunctions } from '../../lib/functions';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';
import type { ResizedImage } from './resizeImage';
import type { Comment, DiscoverMode, FeedEntry, FollowState, Post, Recommendations } from './types';

const db = () => firestoreDb();
const isDenied = (e: unknown) => String((e as { code?: string }).code ?? '').endsWith('permission-denied');

function toPost(id: string, d: DocumentData): Post {
  const moderation = (d.moderation ?? null) as { status?: Post['moderationStatus']; reason?: string } | null;
  return {
    id,
    authorId: String(d.authorId ?? ''),
    text: String(d.text ?? ''),
    tags: Array.isArray(d.tags) ? d.tags.map(String) : [],
    media: Array.isArray(d.media) ? (d.media as PostImage[]) : [],
    link: (d.link ?? null) as LinkPreview | null,
    visibility: d.visibility === 'followers' ? 'followers' : 'public',
    createdAt: toMillis(d.createdAt),
    editedAt: toMillis(d.editedAt),
    likeCount: Number(d.likeCount ?? 0),
    commentCount: Number(d.commentCount ?? 0),
    hidden: d.hidden === true,
    moderationStatus: moderation?.status ?? null,
    moderationReason: moderation?.reason ?? null,
  };
}

function toComment(id: string, d: DocumentData): Comment {
  return {
    id,
    authorId: String(d.authorId ?? ''),
    text: String(d.text ?? ''),
    parentId: typeof d.parentId === 'string' ? d.parentId : null,
    createdAt: toMillis(d.createdAt),
    editedAt: toMillis(d.editedAt),
    hidden: d.hidden === true,
    replyCount: Number(d.replyCount ?? 0),
    moderationReason: (d.moderation?.reason as string | undefined) ?? null,
  };
}

// ---- posts ----
/** A post, or null when it is gone or hidden from this reader. */
export function subscribeToPost(postId: string): Subscribe<Post | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(db(), 'posts', postId),
      (snap) => onNext(snap.exists() ? toPost(snap.id, snap.data()) : null),
      (error) => (isDenied(error) ? onNext(null) : onError(error)),
    );
}

/** The Following feed: entries fanned out by functions, newest first. */
export function subscribeToFeed(uid: string, count: number): Subscribe<FeedEntry[]> {
  const q = query(collection(db(), 'feeds', uid, 'entries'), orderBy('createdAt', 'desc'), limit(count));
  return (onNext, onError) =>
    onSnapshot(
      q,
      (snap) =>
        onNext(
          snap.docs.map((d) => ({
            postId: d.id,
            authorId: String(d.get('authorId') ?? ''),
            createdAt: toMillis(d.get('createdAt')),
          })),
        ),
      onError,
    );
}

/** Discover: recent or popular public posts. */
export function subscribeToDiscover(mode: DiscoverMode, count: number): Subscribe<Post[]> {
  const order: QueryConstraint[] =
    mode === 'popular' ? [orderBy('likeCount', 'desc'), orderBy('createdAt', 'desc')] : [orderBy('createdAt', 'desc')];
  const q = query(
    collection(db(), 'posts'),
    where('hidden', '==', false),
    where('visibility', '==', 'public'),
    ...order,
    limit(count),
  );
  return (onNext, onError) => onSnapshot(q, (snap) => onNext(snap.docs.map((d) => toPost(d.id, d.data()))), onError);
}

/** A profile's posts: all of your own; others' visible ones (followers also see followers-only posts). */
export function subscribeToAuthorPosts(
  authorId: string,
  me: string,
  isFollower: boolean,
  count: number,
): Subscribe<Post[]> {
  const filters: QueryConstraint[] = [where('authorId', '==', authorId)];
  if (authorId !== me) filters.push(where('hidden', '==', false));
  if (authorId !== me && !isFollower) filters.push(where('visibility', '==', 'public'));
  const q = query(collection(db(), 'posts'), ...filters, orderBy('createdAt', 'desc'), limit(count));
  return (onNext, onError) => onSnapshot(q, (snap) => onNext(snap.docs.map((d) => toPost(d.id, d.data()))), onError);
}

export function newPostId(): string {
  return doc(collection(db(), 'posts')).id;
}

/** Uploads resized images (and their previews) under posts/{uid}/{postId}/, reporting progress 0..1. */
export async function uploadPostImages(
  uid: string,
  postId: string,
  images: ResizedImage[],
  onProgress: (fraction: number) => void,
): Promise<PostImage[]> {
  const { ref, uploadBytesResumable, getDownloadURL } = await import('firebase/storage');
  const { cloudStorage } = await import('../../lib/storage');
  const total = images.reduce((n, i) => n + i.full.size + i.preview.size, 0) || 1;
  const done = new Map<string, number>();
  const report = () => onProgress([...done.values()].reduce((a, b) => a + b, 0) / total);
  const upload = (path: string, blob: Blob) =>
    new Promise<string>((resolve, reject) => {
      const task = uploadBytesResumable(ref(cloudStorage(), path), blob, { contentType: blob.type });
      task.on(
        'state_changed',
        (s) => {
          done.set(path, s.bytesTransferred);
          report();
        },
        reject,
        () => getDownloadURL(task.snapshot.ref).then(resolve, reject),
      );
    });
  return Promise.all(
    images.map(async (image, i) => {
      const path = `posts/${uid}/${postId}/${i}.jpg`;
      const [url, previewUrl] = await Promise.all([
        upload(path, image.full),
        upload(`posts/${uid}/${postId}/${i}_preview.jpg`, image.preview),
      ]);
      return { path, url, previewUrl, width: image.width, height: image.height };
    }),
  );
}

export async function createPost(
  postId: string,
  uid: string,
  input: { text: string; tags: string[]; media: PostImage[]; link: LinkPreview | null; isPrivate: boolean },
): Promise<void> {
  const fields = newPostFields(
    uid,
    { ...input, visibility: input.isPrivate ? 'followers' : 'public' },
    serverTimestamp(),
  );
  // Resolves once the server has it; offline, the write waits in the persistent cache.
  await setDoc(doc(db(), 'posts', postId), fields);
}

export async function editPost(postId: string, text: string, tags: string[]): Promise<void> {
  await updateDoc(doc(db(), 'posts', postId), { text, tags, editedAt: serverTimestamp() });
}

export async function deletePost(postId: string): Promise<void> {
  await deleteDoc(doc(db(), 'posts', postId));
}

export async function fetchLinkPreview(url: string): Promise<LinkPreview> {
  const call = httpsCallable<{ url: string }, LinkPreview>(cloudFunctions(), 'social-linkPreview');
  return (await call({ url })).data;
}

// ---- likes ----
export function subscribeToMyLike(postId: string, uid: string): Subscribe<boolean> {
  return (onNext, onError) =>
    onSnapshot(doc(db(), 'posts', postId, 'likes', uid), (snap) => onNext(snap.exists()), onError);
}

export async function setLiked(postId: string, uid: string, liked: boolean): Promise<void> {
  const ref = doc(db(), 'posts', postId, 'likes', uid);
  if (liked) await setDoc(ref, { createdAt: serverTimestamp() });
  else await deleteDoc(ref);
}

// ---- comments ----
/** Visible comments plus your own hidden ones (shown "under review"), oldest first. */
export function subscribeToComments(postId: string, uid: string): Subscribe<Comment[]> {
  const col = collection(db(), 'posts', postId, 'comments');
  const visible = query(col, where('hidden', '==', false), orderBy('createdAt', 'asc'), limit(500));
  const mine = query(col, where('authorId', '==', uid), where('hidden', '==', true), limit(50));
  return (onNext, onError) => {
    let a: Comment[] | null = null;
    let b: Comment[] = [];
    const emit = () => {
      if (!a) return;
      const all = new Map([...a, ...b].map((c) => [c.id, c]));
      onNext([...all.values()].sort((x, y) => (x.createdAt ?? Infinity) - (y.createdAt ?? Infinity)));
    };
    const u1 = onSnapshot(
      visible,
      (s) => {
        a = s.docs.map((d) => toComment(d.id, d.data()));
        emit();
      },
      onError,
    );
    const u2 = onSnapshot(
      mine,
      (s) => {
        b = s.docs.map((d) => toComment(d.id, d.data()));
        emit();
      },
      () => undefined,
    );
    return () => {
      u1();
      u2();
    };
  };
}

export async function addComment(postId: string, uid: string, text: string, parentId: string | null): Promise<void> {
  const ref = doc(collection(db(), 'posts', postId, 'comments'));
  await setDoc(ref, newCommentFields(uid, text, parentId, serverTimestamp()));
}

export async function deleteComment(postId: string, commentId: string): Promise<void> {
  await deleteDoc(doc(db(), 'posts', postId, 'comments', commentId));
}

// ---- follows ----
export function subscribeToFollowState(me: string, other: string): Subscribe<FollowState> {
  return (onNext, onError) => {
    const state: FollowState = { following: false, requested: false };
    let seen = 0;
    const emit = () => seen >= 2 && onNext({ ...state });
    const u1 = onSnapshot(
      doc(db(), 'users', me, 'following', other),
      (s) => {
        state.following = s.exists();
        seen |= 1;
        emit();
      },
      onError,
    );
    const u2 = onSnapshot(
      doc(db(), 'users', other, 'followRequests', me),
      (s) => {
        state.requested = s.exists();
        seen |= 2;
        emit();
      },
      onError,
    );
    return () => {
      u1();
      u2();
    };
  };
}

/** Follows a public profile, or asks to follow a private one. */
export async function follow(me: string, other: string, isPrivate: boolean): Promise<void> {
  const ref = isPrivate ? doc(db(), 'users', other, 'followRequests', me) : doc(db(), 'users', me, 'following', other);
  await setDoc(ref, { createdAt: serverTimestamp() });
}

export async function unfollow(me: string, other: string): Promise<void> {
  await deleteDoc(doc(db(), 'users', me, 'following', other));
}

export async function cancelFollowRequest(me: string, other: string): Promise<void> {
  await deleteDoc(doc(db(), 'users', other, 'followRequests', me));
}

export function subscribeToFollowList(uid: string, which: 'followers' | 'following'): Subscribe<string[]> {
  const q = query(collection(db(), 'users', uid, which), orderBy('createdAt', 'desc'), limit(200));
  return (onNext, onError) => onSnapshot(q, (s) => onNext(s.docs.map((d) => d.id)), onError);
}

export function subscribeToFollowRequests(uid: string): Subscribe<string[]> {
  const q = query(collection(db(), 'users', uid, 'followRequests'), limit(100));
  return (onNext, onError) => onSnapshot(q, (s) => onNext(s.docs.map((d) => d.id)), onError);
}

export async function answerFollowRequest(requesterId: string, accept: boolean): Promise<void> {
  await httpsCallable(cloudFunctions(), 'social-answerFollowRequest')({ requesterId, accept });
}

// ---- recommendations ----
export function subscribeToRecommendations(uid: string): Subscribe<Recommendations | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(db(), 'recommendations', uid),
      (snap) => {
        if (!snap.exists()) return onNext(null);
        const d = snap.data();
        onNext({
          people: Array.isArray(d.people) ? d.people : [],
          rooms: Array.isArray(d.rooms) ? d.rooms : [],
          courses: Array.isArray(d.courses) ? d.courses : [],
          interests: Array.isArray(d.interests) ? d.interests : [],
          updatedAt: toMillis(d.updatedAt),
        });
      },
      onError,
    );
}

export async function refreshRecommendations(): Promise<void> {
  await httpsCallable(cloudFunctions(), 'social-refreshRecommendations')({});
}

export const FEED_PAGE = SOCIAL_LIMITS.feedPageSize;
