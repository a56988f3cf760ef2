import type { ModerationVerdict } from '@aether/common';
import type { Firestore } from 'firebase-admin/firestore';
import { applyVerdict, type ApplyOutcome, type ModeratedContent } from '../moderation/applyVerdict';
import { moderateText, type ModerationConfig } from '../moderation/moderateText';

/**
 * Posts, comments and profile bios go through THE moderation module (moderateText + applyVerdict),
 * keyed by the triggering event so a redelivered event records nothing twice.
 */
export async function moderateContent(
  db: Firestore,
  content: ModeratedContent,
  eventKey: string,
  config?: ModerationConfig,
): Promise<{ verdict: ModerationVerdict; outcome: ApplyOutcome }> {
  const kind = content.kind === 'profile' ? 'profile' : content.kind;
  const verdict = await moderateText(content.text, kind, config);
  const outcome = await applyVerdict(db, content, verdict, eventKey);
  return { verdict, outcome };
}

export const postContent = (postId: string, authorId: string, text: string): ModeratedContent => ({
  kind: 'post',
  path: `posts/${postId}`,
  authorId,
  text,
  link: `/posts/${postId}`,
  target: { postId },
});

export const commentContent = (
  postId: string,
  commentId: string,
  authorId: string,
  text: string,
): ModeratedContent => ({
  kind: 'comment',
  path: `posts/${postId}/comments/${commentId}`,
  authorId,
  text,
  link: `/posts/${postId}`,
  target: { postId, commentId },
});

export const bioContent = (uid: string, bio: string): ModeratedContent => ({
  kind: 'profile',
  path: `users/${uid}`,
  authorId: uid,
  text: bio,
  link: `/u/${uid}`,
  target: { uid },
  textField: 'bio',
  hiddenField: 'bioHidden',
});
