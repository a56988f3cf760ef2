#!/usr/bin/env node
// Chat benchmark: N concurrent clients (real web SDK instances, each signed in) exchange messages
// in one room through the emulators. Prints write-to-delivery latency p50/p95/p99, throughput,
// lost messages and whether each sender's order was preserved for every receiver.
//   npm run bench:chat                         50 clients, 5 messages each
//   npm run bench:chat -- --clients 20 --messages 10
// Starts the emulators itself unless they are already running.
import { initializeApp as initAdmin } from 'firebase-admin/app';
import { getAuth as adminAuth } from 'firebase-admin/auth';
import { getFirestore as adminDb, Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, inMemoryPersistence, initializeAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setLogLevel,
  Timestamp as WebTimestamp,
  where,
  writeBatch,
} from 'firebase/firestore';
import { emulatorClientEnv, HOST, PORTS, PROJECT_ID as DEFAULT_PROJECT } from '../scripts/lib/emulatorEnv.mjs';
import { execWithEmulators, planOrExit, buildFunctions } from '../scripts/lib/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 50);
const MESSAGES = arg('messages', 5);
const INTERVAL_MS = 1100;
// --no-rules runs in a project the emulator holds no rules for, to see what rule evaluation costs.
const PROJECT_ID = process.argv.includes('--no-rules') ? 'demo-aether-bench-norules' : DEFAULT_PROJECT; // the rules allow one message per second per member

async function emulatorsRunning() {
  try {
    return (await fetch(`http://${HOST}:${PORTS.hub}/emulators`)).ok;
  } catch {
    return false;
  }
}

if (!process.argv.includes('--inside') && !(await emulatorsRunning())) {
  const plan = await planOrExit({ hosting: false });
  // --no-functions isolates Firestore's own delivery from the message trigger's extra load.
  if (process.argv.includes('--no-functions')) plan.only = plan.only.filter((name) => name !== 'functions');
  await buildFunctions();
  const rest = process.argv.slice(2).join(' ');
  process.exit(await execWithEmulators(plan, `node bench/chat.mjs --inside ${rest}`));
}

Object.assign(process.env, emulatorClientEnv());
setLogLevel('silent');
// Accounts always live in the main project's Auth emulator (web clients reach it by API key).
const admin = initAdmin({ projectId: DEFAULT_PROJECT }, 'bench-admin');
const adminData = initAdmin({ projectId: PROJECT_ID }, 'bench-admin-data');
const run = Date.now().toString(36);
const roomId = `bench-${run}`;
const password = 'bench-password-1';

console.log(`Creating ${CLIENTS} users and room ${roomId}…`);
const uids = [];
for (let i = 0; i < CLIENTS; i++) {
  const user = await adminAuth(admin).createUser({ email: `bench-${run}-${i}@bench.test`, password });
  uids.push(user.uid);
}
await adminDb(adminData).doc(`rooms/${roomId}`).set({
  name: 'Benchmark',
  topic: '',
  type: 'private',
  memberIds: uids,
  createdBy: uids[0],
  createdAt: Timestamp.now(),
  lastMessage: null,
  lastMessageAt: Timestamp.now(),
});

console.log('Signing in clients and opening listeners…');
const startedAt = Timestamp.now();
const clients = await Promise.all(
  uids.map(async (uid, i) => {
    const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, `bench-${i}`);
    const auth = initializeAuth(app, { persistence: inMemoryPersistence });
    connectAuthEmulator(auth, `http://${HOST}:${PORTS.auth}`, { disableWarnings: true });
    const db = getFirestore(app);
    connectFirestoreEmulator(db, HOST, PORTS.firestore);
    await signInWithEmailAndPassword(auth, `bench-${run}-${i}@bench.test`, password);
    return { uid, app, db, received: [] };
  }),
);

let firstSnapshots = 0;
await new Promise((resolve) => {
  for (const client of clients) {
    const q = query(
      collection(client.db, 'rooms', roomId, 'messages'),
      where('createdAt', '>', WebTimestamp.fromMillis(startedAt.toMillis())),
      orderBy('createdAt'),
    );
    let first = true;
    client.unsubscribe = onSnapshot(q, (snap) => {
      const now = performance.now();
      for (const change of snap.docChanges()) {
        if (change.type !== 'added') continue;
        const data = change.doc.data();
        if (data.authorId === client.uid) continue;
        const meta = JSON.parse(data.text);
        client.received.push({ id: change.doc.id, sender: meta.sender, seq: meta.seq, latency: now - meta.sentAt });
      }
      if (first) {
        first = false;
        if (++firstSnapshots === clients.length) resolve();
      }
    });
  }
});

console.log(`Sending ${MESSAGES} messages from each of ${CLIENTS} clients, ${INTERVAL_MS} ms apart…`);
const sendErrors = [];
const sendStart = performance.now();
await Promise.all(
  clients.map(async (client, i) => {
    await new Promise((r) => setTimeout(r, (i * INTERVAL_MS) / CLIENTS)); // spread the senders
    for (let seq = 0; seq < MESSAGES; seq++) {
      const batch = writeBatch(client.db);
      batch.set(doc(collection(client.db, 'rooms', roomId, 'messages')), {
        authorId: client.uid,
        text: JSON.stringify({ sender: client.uid, seq, sentAt: performance.now() }),
        createdAt: serverTimestamp(),
        editedAt: null,
        deleted: false,
        reactions: {},
        replyTo: null,
        mentions: [],
      });
      batch.set(
        doc(client.db, 'rooms', roomId, 'members', client.uid),
        { lastPostedAt: serverTimestamp() },
        { merge: true },
      );
      await batch.commit().catch((e) => sendErrors.push(e.code ?? String(e)));
      await new Promise((r) => setTimeout(r, INTERVAL_MS));
    }
  }),
);
const sendSeconds = (performance.now() - sendStart) / 1000;

// Let the last deliveries arrive.
const expectedPerClient = (CLIENTS - 1) * MESSAGES;
const sent = CLIENTS * MESSAGES - sendErrors.length;
// Wait until every delivery arrived, or nothing new arrived for 15 s (then the rest count as lost).
const total = () => clients.reduce((n, c) => n + c.received.length, 0);
let last = total();
let lastProgress = Date.now();
while (total() < sent * (CLIENTS - 1) && Date.now() - lastProgress < 15_000) {
  await new Promise((r) => setTimeout(r, 250));
  if (total() !== last) {
    last = total();
    lastProgress = Date.now();
  }
}
const drainSeconds = (performance.now() - sendStart) / 1000;

const latencies = clients.flatMap((c) => c.received.map((r) => r.latency)).sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
const expected = sent * (CLIENTS - 1);
const delivered = latencies.length;
let orderViolations = 0;
for (const client of clients) {
  const lastSeq = new Map();
  for (const r of client.received) {
    if ((lastSeq.get(r.sender) ?? -1) > r.seq) orderViolations++;
    lastSeq.set(r.sender, r.seq);
  }
}

console.log(`
Chat benchmark — ${CLIENTS} clients × ${MESSAGES} messages (${expectedPerClient} expected per client)
  messages sent        ${sent}${sendErrors.length ? ` (${sendErrors.length} refused: ${[...new Set(sendErrors)].join(', ')})` : ''}
  deliveries           ${delivered} of ${expected}   lost: ${expected - delivered}
  latency p50          ${pct(50).toFixed(1)} ms
  latency p95          ${pct(95).toFixed(1)} ms
  latency p99          ${pct(99).toFixed(1)} ms
  latency max          ${(latencies.at(-1) ?? NaN).toFixed(1)} ms
  throughput           ${(sent / sendSeconds).toFixed(1)} messages/s written, ${(delivered / drainSeconds).toFixed(0)} deliveries/s
  order preserved      ${orderViolations === 0 ? 'yes' : `no (${orderViolations} out-of-order deliveries)`}`);

if (process.argv.includes('--debug')) {
  for (const client of clients) {
    const bySender = new Map();
    for (const r of client.received) bySender.set(r.sender, (bySender.get(r.sender) ?? 0) + 1);
    const missing = uids
      .filter((u) => u !== client.uid && (bySender.get(u) ?? 0) < MESSAGES)
      .map((u) => `${uids.indexOf(u)}:${bySender.get(u) ?? 0}`);
    console.log(`client ${uids.indexOf(client.uid)} got ${client.received.length}; short from ${missing.join(' ')}`);
  }
}
for (const client of clients) client.unsubscribe();
await Promise.all(clients.map((c) => deleteApp(c.app)));
process.exit(0);
