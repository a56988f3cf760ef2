import { searchUsersInputSchema, type UserSearchResult } from '@aether/common';
import type { Auth, UserRecord } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { adminAuth, db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { requestLog } from '../shared/log';
import { parseInput } from '../shared/validate';

const LIMIT = 20;

function toResult(user: UserRecord, displayName?: string): UserSearchResult {
  const claims = user.customClaims ?? {};
  return {
    uid: user.uid,
    displayName: displayName ?? user.displayName ?? user.email?.split('@')[0] ?? user.uid,
    email: user.email ?? null,
    admin: claims.admin === true,
    moderator: claims.moderator === true,
    banned: claims.banned === true,
  };
}

/**
 * Finds users by exact email, exact uid, or display-name prefix (case-sensitive, as Firestore
 * range queries are), with their current roles from Auth. Emails come from Auth, never from
 * Firestore, and only admins may call this.
 */
export async function findUsers(auth: Auth, firestore: Firestore, query: string): Promise<UserSearchResult[]> {
  const found = new Map<string, UserSearchResult>();
  const tryGet = async (get: () => Promise<UserRecord>) => {
    try {
      const user = await get();
      found.set(user.uid, toResult(user));
    } catch (error) {
      if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
    }
  };
  if (query.includes('@')) await tryGet(() => auth.getUserByEmail(query.toLowerCase()));
  else if (/^[A-Za-z0-9]{6,128}$/.test(query)) await tryGet(() => auth.getUser(query));

  const byName = await firestore
    .collection('users')
    .where('displayName', '>=', query)
    .where('displayName', '<=', `${query}\uf8ff`)
    .limit(LIMIT)
    .get();
  const missing = byName.docs.filter((d) => !found.has(d.id));
  if (missing.length) {
    const { users } = await auth.getUsers(missing.map((d) => ({ uid: d.id })));
    const names = new Map(missing.map((d) => [d.id, String(d.get('displayName') ?? '')]));
    for (const user of users) found.set(user.uid, toResult(user, names.get(user.uid) || undefined));
  }
  return [...found.values()].slice(0, LIMIT);
}

/** Callable for admins: user search for the user-management panel. */
export const searchUsers = onCall(async (request) => {
  const log = requestLog('admin-searchUsers', request);
  requireAdmin(request);
  const { query } = parseInput(searchUsersInputSchema, request.data);
  const users = await findUsers(adminAuth(), db(), query);
  log.info('user search', { results: users.length });
  return { users };
});
