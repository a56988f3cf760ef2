#!/usr/bin/env node
// Analytics benchmark: signed-in web clients (real SDK, real rules) write 10,000 product events
// as batch documents (events/{batchId}, 10 events each); the Functions emulator's trigger counts
// them into the sharded daily counters. Some batches are written twice under new ids (a client
// that resent them) to show the counts stay exact. Prints the time until the aggregates are
// complete and exact, then the time of one rollup.
//   npm run bench:analytics                        10,000 events, 20 clients
//   npm run bench:analytics -- --events 2000 --clients 10 --duplicates 0.05
// Starts the emulators itself unless they are already running.
import { initializeApp as initAdmin } from 'firebase-admin/app';
import { getAuth as adminAuth } from 'firebase-admin/auth';
import { getFirestore as adminDb } from 'firebase-admin/firestore';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, inMemoryPersistence, initializeAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFirestoreEmulator, doc, getFirestore, serverTimestamp, setDoc, setLogLevel } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { emulatorClientEnv, HOST, PORTS, PROJECT_ID } from '../scripts/lib/emulatorEnv.mjs';
import { buildFunctions, execWithEmulators, planOrExit } from '../scripts/lib/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVENTS = arg('events', 10_000);
const CLIENTS = arg('clients', 20);
const DUPLICATES = arg('duplicates', 0.05);
const BATCH = 10; // ANALYTICS_LIMITS.maxBatch
const WRITE_CONCURRENCY = 4; // in-flight batch writes per client
const TIMEOUT_MS = arg('timeout', 900) * 1000;

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
  const rest = process.argv.slice(2).join(' ');
  process.exit(await execWithEmulators(plan, `node bench/analytics.mjs --inside ${rest}`));
}

Object.assign(process.env, emulatorClientEnv());
setLogLevel('silent');
const admin = initAdmin({ projectId: PROJECT_ID }, 'bench-admin');
const db = adminDb(admin);
const run = Date.now().toString(36);
const password = 'bench-password-1';
const today = new Date().toISOString().slice(0, 10);

async function todayCounts() {
  const snap = await db.collection('statsShards').where('day', '==', today).get();
  const counts = {};
  for (const d of snap.docs)
    for (const [k, n] of Object.entries(d.get('counts') ?? {})) counts[k] = (counts[k] ?? 0) + n;
  return { counts, shards: snap.size };
}

console.log(`Creating ${CLIENTS} users and signing them in…`);
const users = [];
for (let i = 0; i < CLIENTS; i++) {
  const email = `bench-an-${run}-${i}@bench.test`;
  users.push(await adminAuth(admin).createUser({ email, password }));
}
const adminEmail = `bench-an-${run}-admin@bench.test`;
const adminUser = await adminAuth(admin).createUser({ email: adminEmail, password });
await adminAuth(admin).setCustomUserClaims(adminUser.uid, { admin: true });

async function client(email, name) {
  const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, name);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  connectAuthEmulator(auth, `http://${HOST}:${PORTS.auth}`, { disableWarnings: true });
  const fs = getFirestore(app);
  connectFirestoreEmulator(fs, HOST, PORTS.firestore);
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, HOST, PORTS.functions);
  await signInWithEmailAndPassword(auth, email, password);
  return { app, db: fs, functions, uid: auth.currentUser.uid };
}
const clients = await Promise.all(users.map((u, i) => client(u.email, `bench-${i}`)));

// Wait for the sign-ups' own events, so the baseline below is stable.
const signUpsBefore = Date.now();
for (;;) {
  const activity = await db.getAll(...users.map((u) => db.doc(`userActivity/${u.uid}`)));
  if (activity.every((s) => s.exists) || Date.now() - signUpsBefore > 120_000) break;
  await new Promise((r) => setTimeout(r, 250));
}
const before = await todayCounts();

// The stream: per client, EVENTS/CLIENTS events (mostly page views, some client errors), in batches.
let seq = 0;
const expected = { page_view: 0, client_error: 0 };
const plans = clients.map((c) => {
  const batches = [];
  const perClient = Math.floor(EVENTS / CLIENTS) + (clients.indexOf(c) < EVENTS % CLIENTS ? 1 : 0);
  for (let i = 0; i < perClient; i += BATCH) {
    const events = [];
    for (let j = i; j < Math.min(perClient, i + BATCH); j++) {
      const n = ++seq;
      const name = n % 25 === 0 ? 'client_error' : 'page_view';
      expected[name]++;
      events.push({
        id: `bench_${run}_${n}`,
        name,
        at: Date.now(),
        props: name === 'page_view' ? { path: `/page${n % 7}` } : { name: 'TypeError', path: '/chat/:id' },
      });
    }
    batches.push({ id: events[0].id, events });
  }
  // Resent batches: the same events under a new batch id; they must add nothing.
  const resend = batches.filter((_, i) => i % Math.max(1, Math.round(1 / DUPLICATES)) === 0 && DUPLICATES > 0);
  for (const b of resend) batches.push({ id: `${b.id}_resent`, events: b.events });
  return { c, batches };
});
const totalBatches = plans.reduce((n, p) => n + p.batches.length, 0);
const duplicateEvents = plans.reduce(
  (n, p) => n + p.batches.filter((b) => b.id.endsWith('_resent')).reduce((m, b) => m + b.events.length, 0),
  0,
);

console.log(
  `Writing ${EVENTS} events (+${duplicateEvents} resent duplicates) as ${totalBatches} batch documents from ${CLIENTS} clients…`,
);
const t0 = performance.now();
await Promise.all(
  plans.map(async ({ c, batches }) => {
    const queue = [...batches];
    await Promise.all(
      Array.from({ length: WRITE_CONCURRENCY }, async () => {
        for (let b = queue.shift(); b; b = queue.shift()) {
          await setDoc(doc(c.db, 'events', b.id), { uid: c.uid, createdAt: serverTimestamp(), events: b.events });
        }
      }),
    );
  }),
);
const written = performance.now() - t0;
console.log(`  all batches accepted by Firestore after ${(written / 1000).toFixed(1)} s`);

const target = {
  page_view: (before.counts.page_view ?? 0) + expected.page_view,
  client_error: (before.counts.client_error ?? 0) + expected.client_error,
};
let last = { counts: {}, shards: 0 };
let lastPrint = 0;
for (;;) {
  last = await todayCounts();
  const done = last.counts.page_view >= target.page_view && last.counts.client_error >= target.client_error;
  const now = performance.now();
  if (done) break;
  if (now - lastPrint > 10_000) {
    lastPrint = now;
    const counted =
      (last.counts.page_view ?? 0) +
      (last.counts.client_error ?? 0) -
      (before.counts.page_view ?? 0) -
      (before.counts.client_error ?? 0);
    console.log(`  ${((now - t0) / 1000).toFixed(0)} s: ${counted}/${EVENTS} counted`);
  }
  if (now - t0 > TIMEOUT_MS) break;
  await new Promise((r) => setTimeout(r, 500));
}
const complete = performance.now() - t0;
// Leave time for late duplicate deliveries, then check again: exact means not one more.
await new Promise((r) => setTimeout(r, 5000));
const settled = await todayCounts();
const exact = settled.counts.page_view === target.page_view && settled.counts.client_error === target.client_error;

const boss = await client(adminEmail, 'bench-admin-client');
const r0 = performance.now();
const summary = (await httpsCallable(boss.functions, 'analytics-runRollupNow')({})).data;
const rollupMs = performance.now() - r0;

const counted =
  (settled.counts.page_view ?? 0) +
  (settled.counts.client_error ?? 0) -
  (before.counts.page_view ?? 0) -
  (before.counts.client_error ?? 0);
console.log('');
console.log(
  `events            ${EVENTS} (+${duplicateEvents} duplicates resent), ${totalBatches} batch docs, ${CLIENTS} clients`,
);
console.log(`writes accepted   ${(written / 1000).toFixed(1)} s`);
console.log(
  `aggregates done   ${(complete / 1000).toFixed(1)} s after the first write (${Math.round(EVENTS / (complete / 1000))} events/s)`,
);
console.log(`counted           ${counted} of ${EVENTS} — ${exact ? 'EXACT (duplicates not counted)' : 'NOT EXACT'}`);
console.log(`shards today      ${settled.shards}`);
console.log(
  `rollup            ${(rollupMs / 1000).toFixed(1)} s (users ${summary.users}, DAU ${summary.kpis.find((k) => k.key === 'dau')?.value})`,
);

await Promise.all([...clients, boss].map((c) => deleteApp(c.app)));
process.exit(exact ? 0 : 1);
