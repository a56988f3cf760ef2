import { setUserRolesInputSchema } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { adminAuth, db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { applyUserRoles } from './applyUserRoles';

/** Callable for admins: grant or revoke admin/moderator, ban or unban a user. */
export const setUserRoles = onCall(async (request) => {
  const callerUid = requireAdmin(request);
  const input = parseInput(setUserRolesInputSchema, request.data);
  if (input.uid === callerUid && (input.admin === false || input.banned === true)) {
    throw new HttpsError('failed-precondition', 'You cannot remove your own admin role or ban yourself.');
  }
  try {
    return await applyUserRoles(adminAuth(), db(), input);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') {
      throw new HttpsError('not-found', `No user with uid ${input.uid}.`);
    }
    throw error;
  }
});
