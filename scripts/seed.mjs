#!/usr/bin/env node
// Seeds demo users, rooms, messages and a course into the running emulators. Safe to run twice.
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { DEMO_COURSE, DEMO_MESSAGES, DEMO_PASSWORD, DEMO_ROOMS, DEMO_USERS } from './lib/demoData.mjs';
import { writeCourse } from './lib/courses.mjs';
import { emulatorClientEnv, PROJECT_ID } from './lib/emulatorEnv.mjs';

Object.assign(process.env, emulatorClientEnv());
const app = initializeApp({ projectId: PROJECT_ID });
const auth = getAuth(app);
const db = getFirestore(app);

async function ensureUser(demo) {
  let user;
  try {
    user = await auth.getUserByEmail(demo.email);
  } catch (error) {
    if (error.code !== 'auth/user-not-found') throw error;
    user = await auth.createUser({
      email: demo.email,
      password: DEMO_PASSWORD,
      displayName: demo.displayName,
      emailVerified: true,
    });
  }
  if (demo.claims) await auth.setCustomUserClaims(user.uid, demo.claims);
  // The auth trigger creates the profile; wait for it, then fill in the demo bio.
  const ref = db.doc(`users/${user.uid}`);
  for (let i = 0; !(await ref.get()).exists; i++) {
    if (i === 150) throw new Error(`the auth trigger did not create a profile for ${demo.email} within 15 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await ref.update({ displayName: demo.displayName, bio: demo.bio });
  return user.uid;
}

export async function seed() {
  const uids = {};
  for (const demo of DEMO_USERS) uids[demo.key] = await ensureUser(demo);

  const batch = db.batch();
  const base = Date.now() - 60 * 60 * 1000;
  for (const room of DEMO_ROOMS) {
    const last = [...DEMO_MESSAGES].reverse().find((m) => m.room === room.id);
    batch.set(db.doc(`rooms/${room.id}`), {
      name: room.name,
      topic: room.topic,
      type: 'public',
      memberIds: room.members.map((k) => uids[k]),
      createdBy: uids[room.members[0]],
      createdAt: Timestamp.fromMillis(base),
      lastMessage: last ? { text: last.text, authorId: uids[last.author] } : null,
      lastMessageAt: Timestamp.fromMillis(base + DEMO_MESSAGES.length * 60_000),
    });
  }
  DEMO_MESSAGES.forEach((m, i) => {
    batch.set(db.doc(`rooms/${m.room}/messages/seed-${i}`), {
      authorId: uids[m.author],
      text: m.text,
      createdAt: Timestamp.fromMillis(base + (i + 1) * 60_000),
      editedAt: null,
      deleted: false,
      reactions: {},
      hidden: false,
    });
  });

  // Everyone has read the seeded history, so demo rooms open without stale unread badges.
  const readAt = Timestamp.fromMillis(base + (DEMO_MESSAGES.length + 1) * 60_000);
  for (const room of DEMO_ROOMS) {
    for (const key of room.members)
      batch.set(db.doc(`rooms/${room.id}/members/${uids[key]}`), { lastReadAt: readAt }, { merge: true });
  }

  await batch.commit();
  await writeCourse(db, DEMO_COURSE);
  return uids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await seed();
    console.log(`Seeded ${DEMO_USERS.length} users, ${DEMO_ROOMS.length} rooms and the course "${DEMO_COURSE.title}".`);
  } catch (error) {
    if (/ECONNREFUSED/.test(String(error?.message ?? error))) {
      console.error('Cannot reach the emulators. Start them first with `npm start`.');
    } else console.error(error);
    process.exit(1);
  }
}
