import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { bioContent, moderateContent } from './moderateContent';
import { syncSearch } from './searchIndex';
import { eventLog } from '../shared/log';

const SEARCHED = ['displayName', 'bio', 'bioHidden', 'isPrivate', 'banned'] as const;

// Profiles: a changed bio passes THE moderation module (a flagged bio is hidden from others via
// `bioHidden`); the people search index follows name, bio, privacy and bans. Other profile writes
// (lastActiveAt, counters) return at once.
export const onUserWritten = onDocumentWritten(
  { document: 'users/{uid}', retry: true, secrets: [OPENAI_API_KEY] },
  async (event) => {
    const logger = eventLog('social-onUserWritten', event);
    const { uid } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (after && typeof after.bio === 'string' && after.bio.trim() && before?.bio !== after.bio) {
      const { outcome } = await moderateContent(db(), bioContent(uid, after.bio), `bio_${uid}_${event.id}`);
      logger.debug('bio moderated', { uid, outcome });
    }
    if (before && after && SEARCHED.every((k) => before[k] === after[k])) return;
    await syncSearch(db(), 'user', uid, after);
  },
);
