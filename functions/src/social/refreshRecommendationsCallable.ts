import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { refreshRecommendations as refresh } from './recommendations';

/** social-refreshRecommendations: recomputes the caller's recommendations (the panel's "refresh"). */
export const refreshRecommendations = onCall(async (request) => {
  const uid = requireUser(request);
  const out = await refresh(db(), uid);
  return { people: out.people.length, rooms: out.rooms.length, courses: out.courses.length };
});
