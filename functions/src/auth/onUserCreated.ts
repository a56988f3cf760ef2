import * as functionsV1 from 'firebase-functions/v1';
import { logger } from 'firebase-functions/v2';
import { db } from '../shared/firebase';
import { createProfile } from './createProfile';

/** Auth trigger: every new account gets a public profile and private settings, exactly once. */
export const onUserCreated = functionsV1.auth.user().onCreate(async (user) => {
  const result = await createProfile(db(), {
    uid: user.uid,
    email: user.email ?? null,
    displayName: user.displayName ?? null,
    photoURL: user.photoURL ?? null,
  });
  logger.info('profile ensured', { uid: user.uid, ...result });
});
