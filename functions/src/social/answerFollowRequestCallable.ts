import { followRequestInputSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { answerFollowRequest as answer } from './follows';

/** social-answerFollowRequest {requesterId, accept}: the caller is the private profile's owner. */
export const answerFollowRequest = onCall(async (request) => {
  const owner = requireUser(request);
  const input = parseInput(followRequestInputSchema, request.data);
  return { result: await answer(db(), owner, input.requesterId, input.accept) };
});
