import { z } from 'zod';
import { SOCIAL_LIMITS } from './limits';

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Tags use letters, digits and dashes.')
  .max(SOCIAL_LIMITS.tagMax, `Tags are limited to ${SOCIAL_LIMITS.tagMax} characters.`);

export const postTextSchema = z
  .string()
  .refine((t) => t.trim().length > 0, 'Write something first.')
  .refine((t) => t.length <= SOCIAL_LIMITS.postMax, `Posts are limited to ${SOCIAL_LIMITS.postMax} characters.`);

export const commentTextSchema = z
  .string()
  .refine((t) => t.trim().length > 0, 'Write something first.')
  .refine(
    (t) => t.length <= SOCIAL_LIMITS.commentMax,
    `Comments are limited to ${SOCIAL_LIMITS.commentMax} characters.`,
  );

export interface PostImage {
  /** Storage path of the resized image, e.g. posts/{uid}/{postId}/0.jpg */
  path: string;
  url: string;
  previewUrl: string;
  width: number;
  height: number;
}

export interface LinkPreview {
  url: string;
  title: string;
  description: string;
  image: string | null;
  siteName: string | null;
}

export type PostVisibility = 'public' | 'followers';

/** Turns free text ("#physics, Space  travel") into normalised, unique tags. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[\s,]+/)
    .map((t) => t.replace(/^#/, '').trim().toLowerCase())
    .filter((t) => tagSchema.safeParse(t).success);
  return [...new Set(tags)].slice(0, SOCIAL_LIMITS.tagsMax);
}

/** The first http(s) URL in a text, for the link preview. */
export function firstUrl(text: string): string | null {
  const match = /https?:\/\/[^\s<>"')]+/i.exec(text);
  return match ? match[0].replace(/[.,;:!?]+$/, '') : null;
}

/** The fields a client writes when it creates a post (createdAt is the server time). */
export function newPostFields<T>(
  authorId: string,
  input: { text: string; tags: string[]; media: PostImage[]; link: LinkPreview | null; visibility: PostVisibility },
  now: T,
) {
  return {
    authorId,
    text: input.text,
    tags: input.tags,
    media: input.media,
    link: input.link,
    visibility: input.visibility,
    createdAt: now,
    editedAt: null,
    likeCount: 0,
    commentCount: 0,
    hidden: false,
  };
}

export function newCommentFields<T>(authorId: string, text: string, parentId: string | null, now: T) {
  return { authorId, text, parentId, createdAt: now, editedAt: null, hidden: false, replyCount: 0 };
}

export const reportInputSchema = z.object({
  kind: z.enum(['post', 'comment', 'message', 'user']),
  /** Full path of what is reported: posts/p, posts/p/comments/c, rooms/r/messages/m, users/u. */
  path: z
    .string()
    .min(3)
    .max(400)
    .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'Not a document path.'),
  reason: z
    .string()
    .trim()
    .min(3, 'Tell the moderators what is wrong (at least 3 characters).')
    .max(SOCIAL_LIMITS.reportReasonMax),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/** Checks that a reported path has the shape of its kind. */
export function reportPathMatchesKind(kind: ReportInput['kind'], path: string): boolean {
  const parts = path.split('/');
  switch (kind) {
    case 'post':
      return parts.length === 2 && parts[0] === 'posts';
    case 'comment':
      return parts.length === 4 && parts[0] === 'posts' && parts[2] === 'comments';
    case 'message':
      return parts.length === 4 && parts[0] === 'rooms' && parts[2] === 'messages';
    case 'user':
      return parts.length === 2 && parts[0] === 'users';
  }
}

export const resolveInputSchema = z.object({
  queueId: z.string().min(3).max(500),
  action: z.enum(['approve', 'remove', 'ban']),
  note: z.string().trim().max(500).optional(),
});
export type ResolveInput = z.infer<typeof resolveInputSchema>;

export const linkPreviewInputSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2048)
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https links have previews.'),
});

export const followRequestInputSchema = z.object({
  requesterId: z.string().min(1).max(128),
  accept: z.boolean(),
});

/** Deterministic id for a feed entry: one per post per follower, so duplicate fan-out is a no-op. */
export const feedEntryPath = (followerId: string, postId: string) => `feeds/${followerId}/entries/${postId}`;
