import {
  connectFirestoreEmulator,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
  type Firestore,
} from 'firebase/firestore';
import { config } from './config';
import { firebaseApp } from './firebase';

let firestore: Firestore | undefined;

export function firestoreDb(): Firestore {
  if (!firestore) {
    // A persistent multi-tab cache lets the app read and queue writes while offline.
    firestore = initializeFirestore(firebaseApp(), {
      localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
    });
    if (config.useEmulators) connectFirestoreEmulator(firestore, config.emulatorHost, config.emulatorPorts.firestore);
  }
  return firestore;
}
