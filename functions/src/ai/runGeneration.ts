import { AI_LIMITS, cacheKeySource, isDemoModel, newGenerationSchema, type NewGeneration } from '@aether/common';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { createHash } from 'node:crypto';
import { moderateText, type ModerationConfig } from '../moderation/moderateText';
import { cacheRef, claimGeneration } from './claim';
import type { AiConfig } from './config';
import { messagesFor, RequestError } from './context';
import { userMessageFor } from './errors';
import { Flusher } from './flusher';
import { streamCompletion } from './streamCompletion';
import { createLog, type Log } from '../shared/log';

export interface GenerationDeps {
  config: AiConfig;
  moderation: ModerationConfig;
  /** Admins have no daily limit. */
  isAdmin: (uid: string) => Promise<boolean>;
  /** Structured log of the triggering event (defaults to one without a trace id). */
  log?: Log;
}

export type RunOutcome =
  'done' | 'cached' | 'cancelled' | 'error' | 'refused' | 'invalid' | 'quota-exceeded' | `skip: ${string}`;

const CLIENT_FIELDS = Object.keys(newGenerationSchema.shape);

/**
 * The whole life of one generation (studio result or assistant reply), run by the
 * `ai-onGenerationCreated` trigger: validate → moderate the prompt → claim (cache / quota / lease,
 * one transaction) → stream from the provider, flushing the growing output at most every
 * `flushMs` → end in done / cancelled / error with a readable message. A redelivered event skips
 * at the claim, so the provider is called once.
 */
export async function runGeneration(db: Firestore, id: string, deps: GenerationDeps): Promise<RunOutcome> {
  const ref = db.doc(`generations/${id}`);
  const snap = await ref.get();
  if (!snap.exists) return 'skip: missing';
  if (snap.get('status') !== 'queued' && snap.get('status') !== 'streaming')
    return `skip: status ${snap.get('status')}`;
  const { config } = deps;
  const logger = deps.log ?? createLog({ fn: 'ai-onGenerationCreated' });
  const fail = async (error: string, extra: Record<string, unknown> = {}) => {
    // Only a request still waiting is failed here (a concurrent run may have claimed it).
    await db.runTransaction(async (tx) => {
      const current = await tx.get(ref);
      if (current.get('status') !== 'queued') return;
      tx.update(ref, {
        status: 'error',
        error,
        ...extra,
        completedAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    });
  };

  const raw = snap.data() ?? {};
  const parsed = newGenerationSchema.safeParse(
    Object.fromEntries(CLIENT_FIELDS.map((k) => [k, k === 'status' ? 'queued' : raw[k]])),
  );
  if (!parsed.success) {
    await fail(`This request is invalid: ${parsed.error.issues[0]?.message ?? 'unknown field'}.`);
    return 'invalid';
  }
  const generation: NewGeneration = parsed.data;
  if (!config.apiKey) {
    await fail('The AI studio is not configured: set the OPENAI_API_KEY secret or OPENAI_BASE_URL.');
    return 'error';
  }

  const verdict = await moderateText(generation.prompt, 'generation', deps.moderation);
  if (verdict.flagged) {
    await fail(`This prompt was refused: ${verdict.reason ?? 'it breaks the content rules'}.`, {
      refused: true,
      moderation: { categories: verdict.categories, reason: verdict.reason, source: verdict.source },
    });
    return 'refused';
  }

  let messages;
  try {
    messages = await messagesFor(db, generation, raw.createdAt as Timestamp | undefined);
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    await fail(error.message);
    return 'invalid';
  }
  const cacheKey = createHash('sha256')
    .update(cacheKeySource({ type: generation.type, language: generation.language, model: config.model, messages }))
    .digest('hex');

  const claim = await claimGeneration(db, ref, {
    cacheKey,
    exempt: await deps.isAdmin(generation.ownerId),
    dailyLimit: config.dailyLimit,
    leaseMs: config.leaseMs,
    now: Date.now(),
  });
  if (claim.kind === 'skip') return `skip: ${claim.reason}`;
  if (claim.kind !== 'run') return claim.kind;

  // Cancellation: the client sets cancelRequested; watching the doc aborts the provider request.
  const controller = new AbortController();
  const unwatch = ref.onSnapshot(
    (doc) => {
      if (doc.get('cancelRequested') === true) controller.abort();
    },
    (error) => logger.warn('generation watch failed', { id, error: error.message }),
  );
  const flusher = new Flusher<string>(
    config.flushMs,
    async (output) => {
      await ref.update({
        output,
        updatedAt: FieldValue.serverTimestamp(),
        leaseExpiresAt: Timestamp.fromMillis(Date.now() + config.leaseMs),
        flushes: FieldValue.increment(1),
      });
    },
    (error) => logger.warn('output flush failed', { id, error: String(error) }),
  );
  const ended = {
    completedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    leaseExpiresAt: null,
  };
  let firstDeltaAt: number | null = null;
  try {
    const result = await streamCompletion(
      config,
      messages,
      controller.signal,
      {
        onText: (output) => {
          firstDeltaAt ??= Date.now();
          flusher.push(output);
        },
        onRetry: (attempt, delayMs, error) =>
          logger.info('provider call retried', { id, attempt, delayMs, error: String(error) }),
      },
      AI_LIMITS.outputMax,
    );
    await flusher.stop();
    const demo = isDemoModel(result.model);
    if (result.aborted) {
      await ref.update({
        status: 'cancelled',
        output: result.output,
        model: result.model,
        demo,
        attempts: result.attempts,
        ...ended,
      });
      return 'cancelled';
    }
    await ref.update({
      status: 'done',
      output: result.output,
      model: result.model,
      usage: result.usage,
      demo,
      cached: false,
      error: null,
      attempts: result.attempts,
      // How long output streamed in (first delta → end), for the benchmark's writes-per-150-ms figure.
      streamingMs: firstDeltaAt === null ? 0 : Date.now() - firstDeltaAt,
      flushes: FieldValue.increment(1),
      ...ended,
    });
    if (result.output) {
      await cacheRef(db, cacheKey).set({
        output: result.output,
        model: result.model,
        usage: result.usage,
        type: generation.type,
        createdAt: FieldValue.serverTimestamp(),
      });
    }
    return 'done';
  } catch (error) {
    await flusher.stop();
    logger.warn('generation failed', { id, error: error instanceof Error ? error.message : String(error) });
    await ref.update({ status: 'error', error: userMessageFor(error), ...ended });
    return 'error';
  } finally {
    unwatch();
  }
}
