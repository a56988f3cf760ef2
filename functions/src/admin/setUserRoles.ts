import { setUserRolesInputSchema } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { recordAudit } from '../shared/audit';
import { adminAuth, db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { requestLog } from '../shared/log';
import { parseInput } from '../shared/validate';
import { applyUserRoles } from './applyUserRoles';

/** Callable for admins: grant or revoke admin/moderator, ban or unban a user. */
export const setUserRoles = onCall(async (request) => {
  const log = requestLog('admin-setUserRoles', request);
  const callerUid = requireAdmin(request);
  const input = parseInput(setUserRolesInputSchema, request.data);
  if (input.uid === callerUid && (input.admin === false || input.banned === true)) {
    throw new HttpsError('failed-precondition', 'You cannot remove your own admin role or ban yourself.');
  }
  try {
    const applied = await applyUserRoles(adminAuth(), db(), input);
    const batch = db().batch();
    const { uid, ...roles } = input;
    recordAudit(db(), batch, {
      actorId: callerUid,
      action: 'roles.set',
      target: { type: 'user', id: uid },
      details: roles,
    });
    await batch.commit();
    log.info('roles changed', { target: uid, ...roles });
    return applied;
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') {
      throw new HttpsError('not-found', `No user with uid ${input.uid}.`);
    }
    log.error('roles change failed', { target: input.uid, error });
    throw error;
  }
});
