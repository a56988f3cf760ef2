// Storage is loaded only when a user uploads something, keeping it out of the first-route bundle.
import { connectStorageEmulator, getStorage, type FirebaseStorage } from 'firebase/storage';
import { config } from './config';
import { firebaseApp } from './firebase';

let storage: FirebaseStorage | undefined;

export function cloudStorage(): FirebaseStorage {
  if (!storage) {
    storage = getStorage(firebaseApp());
    if (config.useEmulators) connectStorageEmulator(storage, config.emulatorHost, config.emulatorPorts.storage);
  }
  return storage;
}
