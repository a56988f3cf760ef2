/**
 * Moderation contract shared by every capability that stores user-written text (chat messages,
 * posts, comments, profiles). The verdict comes from functions/src/moderation (OpenAI's
 * moderation endpoint when a key is set, a local classifier otherwise).
 */
export type ContentKind = 'message' | 'post' | 'comment' | 'profile' | 'generation';

export interface ModerationVerdict {
  flagged: boolean;
  /** e.g. ['harassment', 'spam', 'link-flood']; empty when not flagged. */
  categories: string[];
  /** One sentence a user understands, e.g. "Looks like spam: 9 links in one message". */
  reason: string | null;
  source: 'openai' | 'local';
}

/**
 * `moderation` field on a content document. Written only by functions (rules forbid clients).
 * Rules hide documents whose status is 'flagged' or 'removed' from everyone but the author and
 * moderators; the author sees "under review" (flagged) or "removed".
 */
export type ModerationStatus = 'approved' | 'flagged' | 'removed';
export interface ModerationState {
  status: ModerationStatus;
  categories: string[];
  reason: string | null;
  source: 'openai' | 'local' | 'moderator';
}

/**
 * moderationQueue/{kind}_{docId-path-with-underscores}: one item per piece of content, created when
 * the classifier flags it or a user reports it (reports add to reportCount/reasons). Moderators
 * (custom claim) read and resolve it through a callable; every resolution lands in auditLog.
 */
export type QueueSource = 'classifier' | 'report';
export type QueueStatus = 'open' | 'approved' | 'removed';
export interface ModerationQueueItem {
  kind: ContentKind | 'user';
  /** Full document path of the content, e.g. rooms/r1/messages/m1 or users/uid. */
  path: string;
  authorId: string;
  excerpt: string;
  sources: QueueSource[];
  categories: string[];
  reasons: string[];
  reportCount: number;
  status: QueueStatus;
  /** createdAt, updatedAt, resolvedAt, resolvedBy are set by the writers. */
}

export function moderationQueueId(kind: ModerationQueueItem['kind'], path: string): string {
  return `${kind}_${path.replace(/\//g, '_')}`;
}

/** The state a verdict leaves on the content document. */
export function moderationStateOf(verdict: ModerationVerdict): ModerationState {
  return {
    status: verdict.flagged ? 'flagged' : 'approved',
    categories: verdict.categories,
    reason: verdict.reason,
    source: verdict.source,
  };
}

/**
 * Content in these states is hidden from everyone but its author and moderators. Documents also
 * carry a top-level `hidden` boolean mirroring this, because rules can only check what a list
 * query filters on (`where('hidden', '==', false)`).
 */
export function isHiddenStatus(status: ModerationStatus | null | undefined): boolean {
  return status === 'flagged' || status === 'removed';
}
