import { AI_LIMITS, buildMessages, type ChatTurn, type NewGeneration } from '@aether/common';
import type { Firestore, Timestamp } from 'firebase-admin/firestore';

/** Thrown when the request refers to something it may not use; the message is for the user. */
export class RequestError extends Error {}

/**
 * The provider messages for a generation: a refinement reads its parent's output (same owner
 * only); an assistant reply reads the thread's earlier finished turns (same owner only).
 */
export async function messagesFor(
  db: Firestore,
  generation: NewGeneration,
  createdAt: Timestamp | undefined,
): Promise<ChatTurn[]> {
  let previousOutput: string | null = null;
  if (generation.parentId) {
    const parent = await db.doc(`generations/${generation.parentId}`).get();
    if (!parent.exists || parent.get('ownerId') !== generation.ownerId)
      throw new RequestError('The version this continues from no longer exists.');
    previousOutput = String(parent.get('output') ?? '') || null;
  }
  let history: { prompt: string; output: string }[] = [];
  if (generation.threadId) {
    const thread = await db.doc(`threads/${generation.threadId}`).get();
    if (!thread.exists || thread.get('ownerId') !== generation.ownerId)
      throw new RequestError('This conversation no longer exists.');
    const turns = await db.collection('generations').where('threadId', '==', generation.threadId).get();
    const before = createdAt?.toMillis() ?? Infinity;
    history = turns.docs
      .filter((d) => d.get('ownerId') === generation.ownerId && d.get('status') === 'done')
      .map((d) => ({ at: (d.get('createdAt') as Timestamp | undefined)?.toMillis() ?? 0, d }))
      .filter(({ at }) => at < before)
      .sort((a, b) => a.at - b.at)
      .slice(-AI_LIMITS.threadContextTurns)
      .map(({ d }) => ({ prompt: String(d.get('prompt') ?? ''), output: String(d.get('output') ?? '') }));
  }
  return buildMessages({
    type: generation.type,
    language: generation.language,
    prompt: generation.prompt,
    previousOutput,
    history,
  });
}
