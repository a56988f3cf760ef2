import { reportInputSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { reportContent } from './reportContent';

/** moderation-report {kind, path, reason}: any signed-in, non-banned user. */
export const report = onCall(async (request) => {
  const reporter = requireUser(request);
  return reportContent(db(), reporter, parseInput(reportInputSchema, request.data));
});
