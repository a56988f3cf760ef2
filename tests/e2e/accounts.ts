import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

import { useEmulatorEnv } from '../support/emulators';

useEmulatorEnv();

const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-aether' });

export const adminDb = () => getFirestore(app());

/** An account made directly in the Auth emulator (faster than the sign-up form), profile included. */
export async function createAccount(email: string, displayName: string, password = 'e2e-password-1') {
  const user = await getAuth(app()).createUser({ email, password, displayName });
  const profile = getFirestore(app()).doc(`users/${user.uid}`);
  for (let i = 0; !(await profile.get()).exists; i++) {
    // Up to 60 s: the first account of a run waits for the auth trigger's cold start on a busy machine.
    if (i > 600) throw new Error(`no profile for ${email}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { uid: user.uid, email, password, displayName };
}
