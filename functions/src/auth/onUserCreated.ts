import * as functionsV1 from 'firebase-functions/v1';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { createLog } from '../shared/log';
import { createProfile } from './createProfile';

function signUpMethod(providers: { providerId: string }[]): 'password' | 'google' | 'github' | 'unknown' {
  const id = providers[0]?.providerId;
  if (id === 'password') return 'password';
  if (id === 'google.com') return 'google';
  if (id === 'github.com') return 'github';
  return 'unknown';
}

/** Auth trigger: every new account gets a public profile and private settings, exactly once. */
export const onUserCreated = functionsV1.auth.user().onCreate(async (user, context) => {
  const log = createLog({ fn: 'auth-onUserCreated', traceId: context.eventId, uid: user.uid });
  const result = await createProfile(db(), {
    uid: user.uid,
    email: user.email ?? null,
    displayName: user.displayName ?? null,
    photoURL: user.photoURL ?? null,
  });
  log.info('profile ensured', { ...result });
  const counted = await recordEvent(db(), {
    id: `signup_${user.uid}`,
    name: 'sign_up',
    uid: user.uid,
    props: { method: signUpMethod(user.providerData ?? []) },
    at: Date.parse(user.metadata.creationTime) || Date.now(),
  });
  log.debug('sign-up counted', { ...counted });
});
