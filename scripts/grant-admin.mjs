#!/usr/bin/env node
// Grants (or with --revoke removes) the admin custom claim for an email address.
//   Emulator (default):   npm run grant-admin -- alice@example.com
//   Real project:         npm run grant-admin -- alice@example.com --project my-project
//                         (uses Application Default Credentials: `gcloud auth application-default login`
//                          or GOOGLE_APPLICATION_CREDENTIALS pointing at a service-account key)
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { emulatorClientEnv, PROJECT_ID } from './lib/emulatorEnv.mjs';

const args = process.argv.slice(2);
const email = args.find((a) => !a.startsWith('--') && a.includes('@'));
const projectFlag = args.indexOf('--project');
const project = projectFlag >= 0 ? args[projectFlag + 1] : PROJECT_ID;
const revoke = args.includes('--revoke');

if (!email || !project) {
  console.error('Usage: npm run grant-admin -- <email> [--project <id>] [--revoke]');
  process.exit(2);
}

const onEmulator = project.startsWith('demo-');
if (onEmulator) Object.assign(process.env, emulatorClientEnv(), { GCLOUD_PROJECT: project });

const auth = getAuth(initializeApp({ projectId: project }));
try {
  const user = await auth.getUserByEmail(email);
  const claims = { ...(user.customClaims ?? {}) };
  if (revoke) delete claims.admin;
  else claims.admin = true;
  await auth.setCustomUserClaims(user.uid, claims);
  console.log(
    `${revoke ? 'Removed admin from' : 'Granted admin to'} ${email} (uid ${user.uid}) on ${project}${onEmulator ? ' (emulator)' : ''}.`,
  );
  console.log('The user sees the change after their next sign-in or token refresh (within an hour).');
} catch (error) {
  if (error.code === 'auth/user-not-found') console.error(`No account with email ${email} on ${project}.`);
  else if (error.code === 'app/network-error' || /ECONNREFUSED/.test(String(error.message)))
    console.error('Cannot reach the Auth emulator. Start it first with `npm start`.');
  else console.error(error.message);
  process.exit(1);
}
