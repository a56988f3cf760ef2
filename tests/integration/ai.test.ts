import { newGenerationFields, type GenerationRequest } from '@aether/common';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp, type DocumentSnapshot, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AI_DEFAULTS, type AiConfig } from '../../functions/src/ai/config';
import { quotaMessage } from '../../functions/src/ai/claim';
import { runGeneration, type GenerationDeps } from '../../functions/src/ai/runGeneration';
import { moderateText } from '../../functions/src/moderation/moderateText';
import { DEMO_API_KEY } from '../../functions/src/shared/openai';
import { doc as webDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { admin, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, useEmulatorEnv, waitFor } from '../support/emulators';
import {
  chunksOf,
  malformedStreamHandler,
  sequence,
  streamingChatHandler,
  type StreamRecord,
} from '../support/openaiChatHandlers';
import { failingHandler } from '../support/openaiModerationHandlers';
import { startOpenAITestServer, type OpenAITestServer } from '../support/openaiTestServer';

// The pipeline core runs in-process against the Firestore emulator and the local OpenAI test
// server. A project of its own keeps the deployed trigger (bound to demo-aether) from racing it.
const PROJECT = 'demo-aether-ai';
useEmulatorEnv();
// admin() serves the default project through the first app initialised: create it first.
admin();
const app = getApps().find((a) => a.name === 'ai') ?? initializeApp({ projectId: PROJECT }, 'ai');
const db: Firestore = getFirestore(app);

const UI_OUTPUT =
  '```html\n<button class="cta">Buy now</button>\n<style>.cta{color:#fff;background:#4f46e5}</style>\n```';
let openai: OpenAITestServer;
let records: StreamRecord[];

beforeAll(async () => {
  openai = await startOpenAITestServer();
});
afterAll(async () => {
  await openai.close();
});
beforeEach(async () => {
  // The emulator occasionally answers a clear with 500 while it finishes earlier writes.
  await clearFirestore(PROJECT).catch(async () => {
    await new Promise((r) => setTimeout(r, 1000));
    await clearFirestore(PROJECT);
  });
  openai.requests.length = 0;
  records = [];
  openai.route('POST', '/chat/completions', streamingChatHandler({ chunks: chunksOf(UI_OUTPUT, 8) }, records));
});

function deps(overrides: Partial<AiConfig> = {}, admin = false): GenerationDeps {
  return {
    config: {
      ...AI_DEFAULTS,
      apiKey: 'sk-test',
      baseURL: openai.baseURL,
      model: 'gpt-test',
      dailyLimit: 50,
      retryBaseMs: 20,
      ...overrides,
    },
    moderation: { apiKey: '' },
    isAdmin: async () => admin,
  };
}

let counter = 0;
async function queue(request: Partial<GenerationRequest> = {}, owner = 'alice'): Promise<string> {
  const id = `g${++counter}`;
  await db.doc(`generations/${id}`).set({
    ...newGenerationFields(owner, id, { type: 'ui', prompt: 'A call-to-action button', ...request }),
    createdAt: Timestamp.now(),
  });
  return id;
}

const completionCalls = () => openai.requests.filter((r) => r.path === '/chat/completions');
const get = async (id: string) => (await db.doc(`generations/${id}`).get()).data() ?? {};

describe('generation pipeline', () => {
  it('streams the output into the document in several visible steps, then records usage and model', async () => {
    openai.route(
      'POST',
      '/chat/completions',
      streamingChatHandler({ chunks: chunksOf(UI_OUTPUT, 12), intervalMs: 120 }, records),
    );
    const id = await queue();
    const seen: string[] = [];
    const unsubscribe = db.doc(`generations/${id}`).onSnapshot((snap: DocumentSnapshot) => {
      const output = snap.get('output');
      if (snap.get('status') === 'streaming' && output && seen.at(-1) !== output) seen.push(output);
    });
    const outcome = await runGeneration(db, id, deps());
    // Let the listener catch up with the last snapshots.
    await new Promise((r) => setTimeout(r, 500));
    unsubscribe();
    expect(outcome).toBe('done');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.startsWith(seen[i - 1]!)).toBe(true);
    const doc = await get(id);
    expect(doc).toMatchObject({
      status: 'done',
      output: UI_OUTPUT,
      model: 'gpt-test',
      usage: { promptTokens: 12, completionTokens: 11, totalTokens: 23 }, // one token per chunk
      cached: false,
      demo: false,
      error: null,
    });
    const body = completionCalls()[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ model: 'gpt-test', stream: true, stream_options: { include_usage: true } });
    expect(body.messages).toEqual(expect.arrayContaining([{ role: 'user', content: 'A call-to-action button' }]));
  });

  it('cancel aborts the upstream request: the server sees the connection closed', async () => {
    openai.route(
      'POST',
      '/chat/completions',
      streamingChatHandler({ chunks: chunksOf('x'.repeat(400), 100), intervalMs: 100 }, records),
    );
    const id = await queue();
    const run = runGeneration(db, id, deps());
    await waitFor(async () => ((await get(id)).output ? true : undefined), 'first output', 20_000);
    await db.doc(`generations/${id}`).update({ cancelRequested: true });
    expect(await run).toBe('cancelled');
    await waitFor(async () => (records[0]?.closedEarly ? true : undefined), 'the upstream connection to close');
    expect(records[0]!.finished).toBe(false);
    const doc = await get(id);
    expect(doc.status).toBe('cancelled');
    expect(String(doc.output).length).toBeGreaterThan(0);
    expect(String(doc.output).length).toBeLessThan(400);
  });

  it('a request cancelled before it started never reaches the provider', async () => {
    const id = await queue();
    await db.doc(`generations/${id}`).update({ cancelRequested: true });
    expect(await runGeneration(db, id, deps())).toBe('cancelled');
    expect(completionCalls()).toHaveLength(0);
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    openai.route(
      'POST',
      '/chat/completions',
      sequence(failingHandler(429, 'Rate limit reached'), streamingChatHandler({ chunks: ['ok'] }, records)),
    );
    const id = await queue();
    expect(await runGeneration(db, id, deps())).toBe('done');
    expect(completionCalls()).toHaveLength(2);
    expect(await get(id)).toMatchObject({ status: 'done', output: 'ok', attempts: 2 });
  });

  it('a persistent 500 ends in a readable error after the retries', async () => {
    openai.route('POST', '/chat/completions', failingHandler(500, 'upstream exploded'));
    const id = await queue();
    expect(await runGeneration(db, id, deps({ maxAttempts: 3 }))).toBe('error');
    expect(completionCalls()).toHaveLength(3);
    const doc = await get(id);
    expect(doc.status).toBe('error');
    expect(doc.error).toBe('The AI provider had an internal error. Try again in a moment.');
    expect(doc.error).not.toContain('upstream exploded');
  });

  it('a malformed stream ends in a readable error instead of crashing', async () => {
    openai.route('POST', '/chat/completions', malformedStreamHandler());
    const id = await queue();
    expect(await runGeneration(db, id, deps())).toBe('error');
    const doc = await get(id);
    expect(doc.status).toBe('error');
    expect(doc.error).toBe('The AI provider sent a response that could not be read. Try again.');
  });

  it('serves an identical earlier request from the cache without calling the provider, unless regenerate', async () => {
    const first = await queue();
    expect(await runGeneration(db, first, deps())).toBe('done');
    expect(completionCalls()).toHaveLength(1);

    const again = await queue({}, 'bob');
    expect(await runGeneration(db, again, deps())).toBe('cached');
    expect(completionCalls()).toHaveLength(1);
    expect(await get(again)).toMatchObject({ status: 'done', output: UI_OUTPUT, cached: true, model: 'gpt-test' });

    const different = await queue({ prompt: 'A different button' });
    expect(await runGeneration(db, different, deps())).toBe('done');
    expect(completionCalls()).toHaveLength(2);

    const regenerate = await queue({ regenerate: true });
    expect(await runGeneration(db, regenerate, deps())).toBe('done');
    expect(completionCalls()).toHaveLength(3);
  });

  it('enforces the daily quota in a transaction, with a clear message; admins are exempt', async () => {
    const ids = [await queue({ prompt: 'one' }), await queue({ prompt: 'two' }), await queue({ prompt: 'three' })];
    const outcomes = await Promise.all(ids.map((id) => runGeneration(db, id, deps({ dailyLimit: 2 }))));
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'quota-exceeded')).toHaveLength(1);
    const refused = ids[outcomes.indexOf('quota-exceeded')]!;
    expect(await get(refused)).toMatchObject({ status: 'error', error: quotaMessage(2) });
    expect(completionCalls()).toHaveLength(2);

    const admin = await queue({ prompt: 'four' });
    expect(await runGeneration(db, admin, deps({ dailyLimit: 2 }, true))).toBe('done');
    const otherUser = await queue({ prompt: 'five' }, 'bob');
    expect(await runGeneration(db, otherUser, deps({ dailyLimit: 2 }))).toBe('done');
  });

  it('duplicate delivery makes one provider call', async () => {
    openai.route(
      'POST',
      '/chat/completions',
      streamingChatHandler({ chunks: chunksOf(UI_OUTPUT, 4), intervalMs: 50 }, records),
    );
    const id = await queue();
    const outcomes = await Promise.all([runGeneration(db, id, deps()), runGeneration(db, id, deps())]);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith('skip'))).toHaveLength(1);
    expect(await runGeneration(db, id, deps())).toMatch(/^skip/);
    expect(completionCalls()).toHaveLength(1);
  });

  it('refuses a harmful prompt with the reason and never calls the provider', async () => {
    const id = await queue({ type: 'code', prompt: 'write a script that explains how to make a bomb' });
    expect(await runGeneration(db, id, deps())).toBe('refused');
    const doc = await get(id);
    expect(doc).toMatchObject({ status: 'error', refused: true });
    expect(doc.error).toMatch(/^This prompt was refused: .*harm/);
    expect(completionCalls()).toHaveLength(0);
  });

  it('a refinement sends the previous version as context', async () => {
    const first = await queue();
    await runGeneration(db, first, deps());
    const refine = await queue({ prompt: 'make it green', parentId: first, rootId: first, version: 2 });
    expect(await runGeneration(db, refine, deps())).toBe('done');
    const messages = (completionCalls()[1]!.body as { messages: { role: string; content: string }[] }).messages;
    expect(messages.map((m) => m.role)).toEqual(['system', 'assistant', 'user']);
    expect(messages[1]!.content).toBe(UI_OUTPUT);
    expect(messages[2]!.content).toContain('make it green');
  });

  it('an assistant reply sees the earlier turns of its thread', async () => {
    await db
      .doc('threads/t1')
      .set({ ownerId: 'alice', title: 'Hi', createdAt: Timestamp.now(), updatedAt: Timestamp.now() });
    const first = await queue({ type: 'chat', prompt: 'hello', threadId: 't1' });
    await runGeneration(db, first, deps());
    const second = await queue({ type: 'chat', prompt: 'and again', threadId: 't1' });
    expect(await runGeneration(db, second, deps())).toBe('done');
    const messages = (completionCalls()[1]!.body as { messages: { role: string; content: string }[] }).messages;
    expect(messages.map((m) => [m.role, m.content.slice(0, 9)])).toEqual([
      ['system', 'You are A'],
      ['user', 'hello'],
      ['assistant', UI_OUTPUT.slice(0, 9)],
      ['user', 'and again'],
    ]);
  });

  it('moderation treats the demo placeholder key as no key and stays local', async () => {
    const verdict = await moderateText('how to make a bomb', 'generation', {
      apiKey: DEMO_API_KEY,
      baseURL: openai.baseURL,
    });
    expect(verdict).toMatchObject({ flagged: true, source: 'local' });
    expect(openai.requests).toHaveLength(0);
  });

  it('an invalid document ends in a readable error without a provider call', async () => {
    const id = await queue();
    await db.doc(`generations/${id}`).update({ type: 'video' });
    expect(await runGeneration(db, id, deps())).toBe('invalid');
    expect((await get(id)).error).toMatch(/^This request is invalid/);
    expect(completionCalls()).toHaveLength(0);
  });
});

// The deployed trigger in the Functions emulator, fed by a real client under the rules. The test
// harness (scripts/test.mjs) runs the local demo server and points OPENAI_BASE_URL at it.
describe('ai-onGenerationCreated in the Functions emulator', () => {
  const TRIGGER_WAIT = 60_000;
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  it('streams a UI component from the demo server to done, labelled as demo output', { timeout: 90_000 }, async () => {
    await Promise.all([clearFirestore(), clearAuth()]);
    const alice = await signedInClient('alice-ai@example.com');
    clients.push(alice);
    const ref = webDoc(alice.db, 'generations', 'trigger1');
    await setDoc(ref, {
      ...newGenerationFields(alice.uid, ref.id, { type: 'ui', prompt: 'A pricing card' }),
      createdAt: serverTimestamp(),
    });
    const finished = await waitFor(
      async () => {
        const data = (await admin().db.doc('generations/trigger1').get()).data();
        return data && ['done', 'error'].includes(data.status) ? data : undefined;
      },
      'the generation to finish',
      TRIGGER_WAIT,
    );
    expect(finished).toMatchObject({ status: 'done', demo: true, model: 'aether-demo', cached: false });
    expect(String(finished.output)).toContain('<!doctype html>');
    expect(finished.usage.totalTokens).toBeGreaterThan(0);
    // The client may only cancel or name it; a finished result stays as it is.
    await updateDoc(ref, { name: 'First try' });
  });
});
