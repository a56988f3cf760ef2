// Real SDK clients pointed at the emulators: firebase-admin for setup, the web SDK as a user would.
import { getApps as getAdminApps, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  inMemoryPersistence,
  initializeAuth,
  signInWithEmailAndPassword,
  type Auth,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import { HOST, PORTS, PROJECT_ID, useEmulatorEnv } from './emulators';

useEmulatorEnv();
setLogLevel('silent');

export function admin() {
  const app = getAdminApps()[0] ?? initializeAdminApp({ projectId: PROJECT_ID });
  return { auth: getAdminAuth(app), db: getAdminFirestore(app) };
}

export interface Client {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  functions: Functions;
  call: <I, O>(name: string, data: I) => Promise<O>;
  close: () => Promise<void>;
}

let counter = 0;

/** A fresh, signed-out web client with its own app instance. */
export function newClient(): Client {
  const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, `client-${++counter}`);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  connectAuthEmulator(auth, `http://${HOST}:${PORTS.auth}`, { disableWarnings: true });
  const db = getFirestore(app);
  connectFirestoreEmulator(db, HOST, PORTS.firestore);
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, HOST, PORTS.functions);
  return {
    app,
    auth,
    db,
    functions,
    call: async <I, O>(name: string, data: I) => (await httpsCallable<I, O>(functions, name)(data)).data,
    close: () => deleteApp(app),
  };
}

/** Creates an account with the Admin SDK (claims optional) and returns a client signed in as it. */
export async function signedInClient(
  email: string,
  claims?: Record<string, unknown>,
  password = 'correct-horse-9',
): Promise<Client & { uid: string }> {
  const { auth } = admin();
  const user = await auth.createUser({ email, password, displayName: email.split('@')[0] });
  if (claims) await auth.setCustomUserClaims(user.uid, claims);
  const client = newClient();
  await signInWithEmailAndPassword(client.auth, email, password);
  return { ...client, uid: user.uid };
}
