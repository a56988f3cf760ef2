#!/usr/bin/env node
// AI studio benchmark: the real `ai-onGenerationCreated` trigger in the Functions emulator streams
// from the local demo server at a fixed rate; a signed-in web client watches each generation.
// Prints, per run, the delay from the upstream first token (sent by the server) to the first
// client-visible snapshot with output (p50/p95), and the document writes per generation and per
// 150 ms of streaming. Goals: p95 < 300 ms; at most one write per 150 ms.
//   npm run bench:ai                               20 generations, 4 at a time, 1 chunk / 40 ms
//   npm run bench:ai -- --generations 40 --concurrency 8 --interval 20
// Starts the emulators (and the demo server at the given rate) itself unless they already run.
import { initializeApp as initAdmin } from 'firebase-admin/app';
import { getAuth as adminAuth } from 'firebase-admin/auth';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, inMemoryPersistence, initializeAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  serverTimestamp,
  setDoc,
  setLogLevel,
} from 'firebase/firestore';
import { cpus, loadavg } from 'node:os';
import { DEMO_PORT, startAiDemo, stopAiDemo } from '../scripts/lib/aiDemo.mjs';
import { emulatorClientEnv, HOST, PORTS, PROJECT_ID } from '../scripts/lib/emulatorEnv.mjs';
import { buildFunctions, execWithEmulators, planOrExit } from '../scripts/lib/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const GENERATIONS = arg('generations', 20);
const CONCURRENCY = arg('concurrency', 4);
const INTERVAL_MS = arg('interval', 40);
const CHUNK_CHARS = arg('chunk', 12);
const FLUSH_MS = 150;

async function emulatorsRunning() {
  try {
    return (await fetch(`http://${HOST}:${PORTS.hub}/emulators`)).ok;
  } catch {
    return false;
  }
}

if (!process.argv.includes('--inside') && !(await emulatorsRunning())) {
  const plan = await planOrExit({ hosting: false });
  await buildFunctions();
  const demo = await startAiDemo({ intervalMs: INTERVAL_MS, chunkChars: CHUNK_CHARS });
  console.log(demo.note);
  if (!demo.server) {
    console.error('bench:ai needs the local demo server (remove OPENAI_API_KEY from functions/.secret.local).');
    process.exit(1);
  }
  const rest = process.argv.slice(2).join(' ');
  const code = await execWithEmulators(plan, `node bench/ai.mjs --inside ${rest}`);
  await stopAiDemo(demo);
  process.exit(code);
}

Object.assign(process.env, emulatorClientEnv());
setLogLevel('silent');
const demoURL = `http://${HOST}:${DEMO_PORT}/v1`;
const run = Date.now().toString(36);
const email = `bench-ai-${run}@bench.test`;
const password = 'bench-password-1';
const admin = initAdmin({ projectId: PROJECT_ID }, 'bench-ai-admin');
const user = await adminAuth(admin).createUser({ email, password });
// Admins have no daily limit, so the quota never cuts the run short.
await adminAuth(admin).setCustomUserClaims(user.uid, { admin: true });
const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, 'bench-ai-client');
const auth = initializeAuth(app, { persistence: inMemoryPersistence });
connectAuthEmulator(auth, `http://${HOST}:${PORTS.auth}`, { disableWarnings: true });
const db = getFirestore(app);
connectFirestoreEmulator(db, HOST, PORTS.firestore);
await signInWithEmailAndPassword(auth, email, password);

function generate(index) {
  const id = `bench-${run}-${index}`;
  // A unique prompt per generation: no cache hits.
  const prompt = `Benchmark component ${run} #${index}`;
  return new Promise((resolve, reject) => {
    let firstVisibleAt = null;
    const timer = setTimeout(() => reject(new Error(`generation ${id} did not finish in 120 s`)), 120_000);
    // The rules let the owner read an existing generation only, so listen once the write is acknowledged
    // (conservative: a late listener can only make the measured delay longer).
    setDoc(doc(db, 'generations', id), {
      ownerId: user.uid,
      type: 'ui',
      language: null,
      prompt,
      parentId: null,
      rootId: id,
      version: 1,
      regenerate: false,
      threadId: null,
      name: null,
      cancelRequested: false,
      status: 'queued',
      createdAt: serverTimestamp(),
    }).then(() => {
      const unsubscribe = onSnapshot(
        doc(db, 'generations', id),
        (snap) => {
          const data = snap.data();
          if (!data) return;
          if (firstVisibleAt === null && data.output) firstVisibleAt = Date.now();
          if (['done', 'error', 'cancelled'].includes(data.status)) {
            clearTimeout(timer);
            unsubscribe();
            resolve({
              id,
              prompt,
              firstVisibleAt,
              status: data.status,
              flushes: data.flushes ?? 0,
              streamingMs: data.streamingMs ?? 0,
              error: data.error,
            });
          }
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    }, reject);
  });
}

// Warm-up: the first trigger run cold-starts the functions runtime; it is not measured.
console.log('Warming up the trigger…');
await generate('warmup');

console.log(
  `Running ${GENERATIONS} generations, ${CONCURRENCY} at a time (server: 1 chunk of ${CHUNK_CHARS} chars / ${INTERVAL_MS} ms)…`,
);
const started = Date.now();
const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < GENERATIONS) results.push(await generate(next++));
  }),
);
const elapsed = Date.now() - started;

const { streams } = await (await fetch(`${demoURL}/_demo/streams`)).json();
const byPrompt = new Map(streams.map((s) => [s.prompt, s]));
const delays = [];
const writeRates = [];
const writes = [];
let failed = 0;
for (const r of results) {
  const stream = byPrompt.get(r.prompt);
  if (r.status !== 'done' || !stream?.firstTokenAt || !r.firstVisibleAt) {
    failed++;
    continue;
  }
  delays.push(r.firstVisibleAt - stream.firstTokenAt);
  writes.push(r.flushes);
  // The first write goes out at once, then at most one per FLUSH_MS; the final `done` write is
  // not a streaming write.
  // Measured by the function itself (first delta → end of stream): under load the function reads
  // the stream later than the server sent it, so the server's window would be the wrong one.
  writeRates.push((r.flushes - 1) / (Math.floor(r.streamingMs / FLUSH_MS) + 1));
}
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const chunksPerGeneration = mean(
  streams.filter((s) => s.prompt.includes(run) && !s.prompt.includes('warmup')).map((s) => s.chunks),
);

console.log(`
AI studio benchmark — ${new Date().toISOString()}
machine: ${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ')}
generations: ${results.length} (${failed} failed), ${CONCURRENCY} concurrent, ${(elapsed / 1000).toFixed(1)} s total
upstream: ${chunksPerGeneration.toFixed(0)} chunks per generation, one every ${INTERVAL_MS} ms (~${((chunksPerGeneration * INTERVAL_MS) / 1000).toFixed(1)} s of streaming)
first token → first client-visible snapshot: p50 ${pct(delays, 50)} ms, p95 ${pct(delays, 95)} ms, max ${Math.max(...delays)} ms
document writes per generation (flushes incl. the final one): mean ${mean(writes).toFixed(1)}, max ${Math.max(...writes)}
streaming writes / (1 + streaming ms / 150): mean ${mean(writeRates).toFixed(2)}, max ${Math.max(...writeRates).toFixed(2)}
goals: p95 < 300 ms ${pct(delays, 95) < 300 ? '✓' : '✗'}; ≤ 1 write / 150 ms ${Math.max(...writeRates) <= 1 ? '✓' : '✗'}
`);
await deleteApp(app);
process.exit(failed ? 1 : 0);
