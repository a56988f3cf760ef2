import { resolveInputSchema } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { adminAuth, db } from '../shared/firebase';
import { requireModerator } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { resolveQueueItem } from './resolveItem';

/** moderation-resolve {queueId, action: approve|remove|ban, note?}: moderators and admins. */
export const resolve = onCall(async (request) => {
  const moderatorId = requireModerator(request);
  const input = parseInput(resolveInputSchema, request.data);
  try {
    return await resolveQueueItem(db(), adminAuth(), moderatorId, input);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') {
      throw new HttpsError('not-found', 'The author no longer has an account.');
    }
    throw error;
  }
});
