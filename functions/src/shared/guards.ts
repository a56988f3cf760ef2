import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';

/** The caller's uid, or an unauthenticated error. Banned users are refused everywhere. */
export function requireUser(request: CallableRequest): string {
  const auth = request.auth;
  if (!auth) throw new HttpsError('unauthenticated', 'Sign in first.');
  if (auth.token.banned === true) throw new HttpsError('permission-denied', 'This account is suspended.');
  return auth.uid;
}

export function requireAdmin(request: CallableRequest): string {
  const uid = requireUser(request);
  if (request.auth?.token.admin !== true) {
    throw new HttpsError('permission-denied', 'Only administrators can do this.');
  }
  return uid;
}

export function requireModerator(request: CallableRequest): string {
  const uid = requireUser(request);
  if (request.auth?.token.moderator !== true && request.auth?.token.admin !== true) {
    throw new HttpsError('permission-denied', 'Only moderators can do this.');
  }
  return uid;
}
