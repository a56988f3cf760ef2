// Firebase singletons; emulator wiring is decided here and in its siblings (firestore.ts,
// functions.ts, storage.ts), which are split so each SDK loads only when first needed.
import { initializeApp, type FirebaseApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  type Auth,
} from 'firebase/auth';
import { config } from './config';

let app: FirebaseApp | undefined;
let auth: Auth | undefined;

export function firebaseApp(): FirebaseApp {
  app ??= initializeApp(config.firebase);
  return app;
}

export function firebaseAuth(): Auth {
  if (!auth) {
    // initializeAuth without a popup resolver: getAuth() would load a script from apis.google.com,
    // which fails offline. The resolver is loaded on demand when a federated button is clicked.
    auth = initializeAuth(firebaseApp(), { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
    if (config.useEmulators) {
      connectAuthEmulator(auth, `http://${config.emulatorHost}:${config.emulatorPorts.auth}`, {
        disableWarnings: true,
      });
    }
  }
  return auth;
}
