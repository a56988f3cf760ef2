#!/usr/bin/env node
// Feed benchmark: a post by a user with 1,000 and 5,000 followers. Measures the time from the post
// write until every follower's feed holds it (fan-out on write by social-onPostCreated, after
// moderation), the documents written, and the feed page load latency a reader sees (the first
// page of feeds/{uid}/entries plus the posts it names, as the web app loads them), compared with
// a fan-out-on-read query over followed authors.
//   npm run bench:feed                              1000 and 5000 followers
//   npm run bench:feed -- --followers 1000,5000,10000
// Starts the emulators itself unless they are already running.
import { initializeApp as initAdmin } from 'firebase-admin/app';
import { getAuth as adminAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore as adminDb, Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, inMemoryPersistence, initializeAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getDocs,
  initializeFirestore,
  limit,
  memoryLocalCache,
  orderBy,
  query,
  setLogLevel,
  where,
} from 'firebase/firestore';
import { emulatorClientEnv, HOST, PORTS, PROJECT_ID } from '../scripts/lib/emulatorEnv.mjs';
import { buildFunctions, execWithEmulators, planOrExit } from '../scripts/lib/harness.mjs';

const i = process.argv.indexOf('--followers');
const SIZES = (i > 0 ? process.argv[i + 1] : '1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

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
  process.exit(await execWithEmulators(plan, `node bench/feed.mjs --inside ${rest}`));
}

Object.assign(process.env, emulatorClientEnv());
setLogLevel('silent');
const admin = initAdmin({ projectId: PROJECT_ID }, 'bench-feed');
const db = adminDb(admin);
const run = Date.now().toString(36);
const password = 'bench-password-1';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function user(name) {
  const u = await adminAuth(admin).createUser({ email: `${name}-${run}@bench.test`, password, displayName: name });
  for (let n = 0; !(await db.doc(`users/${u.uid}`).get()).exists; n++) {
    if (n > 600) throw new Error(`no profile for ${name}`);
    await sleep(100);
  }
  return u.uid;
}

function post(authorId, text, at = FieldValue.serverTimestamp()) {
  return {
    authorId,
    text,
    tags: ['bench'],
    media: [],
    link: null,
    visibility: 'public',
    createdAt: at,
    editedAt: null,
    likeCount: 0,
    commentCount: 0,
    hidden: false,
  };
}

const results = [];
for (const followers of SIZES) {
  const author = await user(`author${followers}`);
  const w = db.bulkWriter();
  for (let n = 0; n < followers; n++) {
    w.set(db.doc(`users/${author}/followers/b${run}_${String(n).padStart(6, '0')}`), { createdAt: Timestamp.now() });
  }
  await w.close();
  await db.doc(`users/${author}`).update({ followerCount: followers });
  console.log(`author with ${followers} followers ready; posting…`);

  const ref = db.collection('posts').doc();
  const t0 = performance.now();
  await ref.set(post(author, `Benchmark post to ${followers} followers`));
  let firstAt = null;
  let allAt = null;
  let moderatedAt = null;
  const deadline = t0 + 15 * 60_000;
  while (performance.now() < deadline) {
    const [count, snap] = await Promise.all([
      db.collectionGroup('entries').where('postId', '==', ref.id).count().get(),
      ref.get(),
    ]);
    const now = performance.now();
    if (!moderatedAt && snap.get('moderation')) moderatedAt = now;
    const n = count.data().count;
    if (!firstAt && n > 0) firstAt = now;
    if (n >= followers + 1) {
      allAt = now;
      break;
    }
    await sleep(250);
  }
  const marker = (await db.doc(`fanouts/${ref.id}`).get()).data() ?? {};
  const fanoutMs =
    marker.completedAt && marker.startedAt ? marker.completedAt.toMillis() - marker.startedAt.toMillis() : null;
  results.push({
    followers,
    moderated: moderatedAt ? moderatedAt - t0 : null,
    first: firstAt ? firstAt - t0 : null,
    all: allAt ? allAt - t0 : null,
    fanoutMs,
    entries: marker.entries ?? null,
    // post moderation (post update + processedEvents marker), fanouts marker ×2, search doc, entries
    writes: (marker.entries ?? 0) + 5,
  });
  console.log(results.at(-1));
}

// ---- feed page load latency ----
console.log('Measuring feed page load…');
const reader = await user('reader');
const authors = [];
for (let n = 0; n < 60; n++) authors.push(`a${run}_${n}`);
const postsW = db.bulkWriter();
const postIds = [];
for (let n = 0; n < 200; n++) {
  const id = `p${run}_${n}`;
  postIds.push(id);
  const at = Timestamp.fromMillis(Date.now() - n * 60_000);
  postsW.set(db.doc(`posts/${id}`), {
    ...post(authors[n % authors.length], `Feed item ${n}`, at),
    moderation: { status: 'approved' },
  });
  postsW.set(db.doc(`feeds/${reader}/entries/${id}`), {
    postId: id,
    authorId: authors[n % authors.length],
    createdAt: at,
  });
}
for (const a of authors) postsW.set(db.doc(`users/${reader}/following/${a}`), { createdAt: Timestamp.now() });
await postsW.close();
await sleep(5000); // let the triggers of these writes settle

async function client(k) {
  const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, `feed-${k}`);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  connectAuthEmulator(auth, `http://${HOST}:${PORTS.auth}`, { disableWarnings: true });
  const fdb = initializeFirestore(app, { localCache: memoryLocalCache() });
  connectFirestoreEmulator(fdb, HOST, PORTS.firestore);
  await signInWithEmailAndPassword(auth, `reader-${run}@bench.test`, password);
  return { app, fdb };
}

const onWrite = [];
const onRead = [];
async function loadOnWrite(fdb) {
  const t = performance.now();
  const entries = await getDocs(
    query(collection(fdb, 'feeds', reader, 'entries'), orderBy('createdAt', 'desc'), limit(20)),
  );
  await Promise.all(entries.docs.map((d) => getDoc(doc(fdb, 'posts', d.id))));
  return performance.now() - t;
}
// Fan-out on read: the same page from the posts of 60 followed authors (Firestore's `in` takes 30).
async function loadOnRead(fdb) {
  const t = performance.now();
  const pages = await Promise.all(
    [authors.slice(0, 30), authors.slice(30)].map((group) =>
      getDocs(
        query(
          collection(fdb, 'posts'),
          where('authorId', 'in', group),
          where('hidden', '==', false),
          where('visibility', '==', 'public'),
          orderBy('createdAt', 'desc'),
          limit(20),
        ),
      ),
    ),
  );
  pages
    .flatMap((p) => p.docs)
    .sort((a, b) => b.get('createdAt').toMillis() - a.get('createdAt').toMillis())
    .slice(0, 20);
  return performance.now() - t;
}
for (let k = 0; k < 10; k++) {
  const { app, fdb } = await client(k);
  // Warm the connection (auth + channel) so neither strategy pays for it; alternate the order.
  await getDoc(doc(fdb, 'users', reader));
  if (k % 2 === 0) {
    onWrite.push(await loadOnWrite(fdb));
    onRead.push(await loadOnRead(fdb));
  } else {
    onRead.push(await loadOnRead(fdb));
    onWrite.push(await loadOnWrite(fdb));
  }
  await deleteApp(app);
}

console.log('\n━━ feed benchmark ━━');
console.log(
  '| followers | moderated after | first feed entry | every feed has it | fan-out (server) | feed entries | writes |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.followers} | ${r.moderated ? fmt(r.moderated) : '—'} | ${r.first ? fmt(r.first) : '—'} | ${r.all ? fmt(r.all) : 'not within 15 min'} | ${r.fanoutMs !== null ? fmt(r.fanoutMs) : '—'} | ${r.entries} | ${r.writes} |`,
  );
}
console.log('\nFeed page load (first 20 posts, fresh signed-in client with a warm connection, 10 runs):');
console.log(
  `  fan-out on write (1 entries query + 20 post reads): p50 ${fmt(pct(onWrite, 50))}, p95 ${fmt(pct(onWrite, 95))}`,
);
console.log(
  `  fan-out on read (2 "in" queries over 60 followed authors, merged): p50 ${fmt(pct(onRead, 50))}, p95 ${fmt(pct(onRead, 95))}`,
);
process.exit(0);
