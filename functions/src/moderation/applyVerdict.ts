import {
  isHiddenStatus,
  moderationStateOf,
  notificationFields,
  type ContentKind,
  type ModerationState,
  type ModerationVerdict,
} from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { addToQueue } from './queue';

export interface ModeratedContent {
  kind: ContentKind;
  /** Full document path, e.g. rooms/r1/messages/m1. */
  path: string;
  authorId: string;
  /** The text the verdict is about; if the document's text changed since, the verdict is stale. */
  text: string;
  /** Where the author's notification leads, and what it is about. */
  link: string;
  target: Record<string, string>;
  /** The document field holding the text (default 'text'; profiles use 'bio'). */
  textField?: string;
  /** The boolean field mirroring "hidden" (default 'hidden'; profiles use 'bioHidden'). */
  hiddenField?: string;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'missing' | 'stale' | 'moderator-decided';

/**
 * Writes the verdict on the content document (`moderation` + the `hidden` mirror the rules and
 * queries use) and, when flagged, queues it for moderators and tells the author — in one
 * transaction with a processedEvents marker keyed by the event, so a redelivered event changes
 * nothing twice. A moderator's decision is never overwritten by the classifier.
 */
export async function applyVerdict(
  db: Firestore,
  content: ModeratedContent,
  verdict: ModerationVerdict,
  eventKey: string,
): Promise<ApplyOutcome> {
  const markerRef = db.doc(`processedEvents/moderation_${eventKey.replace(/\//g, '_')}`);
  const contentRef = db.doc(content.path);
  return db.runTransaction(async (tx) => {
    const [marker, doc] = await Promise.all([tx.get(markerRef), tx.get(contentRef)]);
    if (marker.exists) return 'duplicate';
    const done = (outcome: ApplyOutcome) => {
      tx.set(markerRef, { kind: 'moderation', path: content.path, outcome, at: FieldValue.serverTimestamp() });
      return outcome;
    };
    if (!doc.exists) return done('missing');
    if (doc.get(content.textField ?? 'text') !== content.text) return done('stale');
    const current = doc.get('moderation') as ModerationState | undefined;
    if (current?.source === 'moderator') return done('moderator-decided');

    const state = moderationStateOf(verdict);
    let queueId: string | null = null;
    if (verdict.flagged) {
      queueId = await addToQueue(
        db,
        tx,
        {
          kind: content.kind,
          path: content.path,
          authorId: content.authorId,
          excerpt: content.text,
          categories: verdict.categories,
          reason: verdict.reason,
        },
        'classifier',
      );
    }
    tx.update(contentRef, { moderation: state, [content.hiddenField ?? 'hidden']: isHiddenStatus(state.status) });
    if (queueId) {
      tx.set(db.doc(`notifications/${content.authorId}/items/content_flagged_${queueId}`), {
        ...notificationFields({
          type: 'content_flagged',
          actorId: null,
          link: content.link,
          target: content.target,
          excerpt: verdict.reason ?? content.text,
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
    }
    return done('applied');
  });
}
