import { mergeRoleClaims, type SetUserRolesInput } from '@aether/common';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';

export interface AppliedRoles {
  uid: string;
  claims: Record<string, unknown>;
}

/**
 * Sets custom claims and mirrors `banned` onto the public profile. Banning also revokes refresh
 * tokens so the user's open sessions lose access as soon as their ID token expires.
 */
export async function applyUserRoles(auth: Auth, db: Firestore, input: SetUserRolesInput): Promise<AppliedRoles> {
  const user = await auth.getUser(input.uid);
  const claims = mergeRoleClaims(user.customClaims ?? {}, input);
  await auth.setCustomUserClaims(input.uid, claims);
  if (input.banned !== undefined) {
    await db.doc(`users/${input.uid}`).set({ banned: input.banned }, { merge: true });
    if (input.banned) await auth.revokeRefreshTokens(input.uid);
  }
  return { uid: input.uid, claims };
}
