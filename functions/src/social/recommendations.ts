import { recommendItems, recommendPeople, words } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';

const ids = async (db: Firestore, path: string, limit: number) =>
  (await db.collection(path).select().limit(limit).get()).docs.map((d) => d.id);

/**
 * recommendations/{uid}: who to follow (friends of friends, shared tags), rooms and courses (tags
 * and words shared with what the user posts about, then activity). Pure scoring lives in
 * common/src/social/recommend.ts; this gathers the inputs with bounded reads.
 */
export async function refreshRecommendations(db: Firestore, uid: string) {
  const following = await ids(db, `users/${uid}/following`, 200);
  const followingOfFollowing: Record<string, string[]> = {};
  await Promise.all(
    following.slice(0, 25).map(async (f) => {
      followingOfFollowing[f] = await ids(db, `users/${f}/following`, 50);
    }),
  );
  const myPosts = await db
    .collection('posts')
    .where('authorId', '==', uid)
    .orderBy('createdAt', 'desc')
    .limit(30)
    .get();
  const tagCounts = new Map<string, number>();
  myPosts.docs.forEach((d) =>
    ((d.get('tags') as string[] | undefined) ?? []).forEach((t) => tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1)),
  );
  const myTags = [...tagCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t)
    .slice(0, 10);

  const tagsByAuthor: Record<string, string[]> = {};
  if (myTags.length) {
    const similar = await db
      .collection('posts')
      .where('hidden', '==', false)
      .where('visibility', '==', 'public')
      .where('tags', 'array-contains-any', myTags)
      .limit(100)
      .get();
    similar.docs.forEach((d) => {
      const author = String(d.get('authorId'));
      tagsByAuthor[author] = [...(tagsByAuthor[author] ?? []), ...((d.get('tags') as string[]) ?? [])];
    });
  }
  const people = recommendPeople({ me: uid, following, followingOfFollowing, myTags, tagsByAuthor, limit: 8 });
  const profiles = await Promise.all(people.map((p) => db.doc(`users/${p.id}`).get()));
  const peopleOut = people
    .map((p, i) => ({
      uid: p.id,
      score: p.score,
      reason: p.reason,
      displayName: String(profiles[i]?.get('displayName') ?? ''),
      banned: profiles[i]?.get('banned') === true,
    }))
    .filter((p) => p.displayName && !p.banned)
    .map(({ banned: _banned, ...p }) => p);

  const rooms = await db.collection('rooms').where('type', '==', 'public').limit(50).get();
  const roomRecs = recommendItems(
    myTags,
    rooms.docs.map((d) => ({
      id: d.id,
      keywords: words(`${d.get('name') ?? ''} ${d.get('topic') ?? ''}`),
      activity: ((d.get('memberIds') as string[] | undefined) ?? []).length,
    })),
    rooms.docs.filter((d) => ((d.get('memberIds') as string[] | undefined) ?? []).includes(uid)).map((d) => d.id),
  ).map((r) => ({
    id: r.id,
    reason: r.reason,
    name: String(rooms.docs.find((d) => d.id === r.id)?.get('name') ?? r.id),
  }));

  const courses = await db.collection('courses').limit(50).get();
  const enrolled = await ids(db, `users/${uid}/enrollments`, 100);
  const courseRecs = recommendItems(
    myTags,
    courses.docs.map((d) => ({
      id: d.id,
      keywords: [
        ...words(`${d.get('title') ?? ''} ${d.get('summary') ?? ''}`),
        ...((d.get('tags') as string[] | undefined) ?? []),
      ],
      activity: Number(d.get('enrollmentCount') ?? 0),
    })),
    enrolled,
  ).map((r) => ({
    id: r.id,
    reason: r.reason,
    title: String(courses.docs.find((d) => d.id === r.id)?.get('title') ?? r.id),
  }));

  const out = {
    people: peopleOut,
    rooms: roomRecs,
    courses: courseRecs,
    interests: myTags,
    updatedAt: FieldValue.serverTimestamp(),
  };
  await db.doc(`recommendations/${uid}`).set(out);
  return out;
}
