// Data layer for profiles and private settings: the only profile code that imports Firestore.
// Subpath imports keep zod (used only by forms) out of the shell bundle.
import type { ProfileEdit, SettingsEdit, UserProfile, UserSettings } from '@aether/common';
import { AVATAR_LIMITS } from '@aether/common/limits';
import { initialProfile } from '@aether/common/profile/defaults';
import { SETTINGS_DOC_ID } from '@aether/common/profile/types';
import {
  collection,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  runTransaction,
  updateDoc,
  type DocumentData,
} from 'firebase/firestore';
import { firestoreDb } from '../../lib/firestore';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';

function toProfile(uid: string, data: DocumentData): UserProfile {
  return {
    uid,
    displayName: String(data.displayName ?? ''),
    bio: String(data.bio ?? ''),
    photoURL: typeof data.photoURL === 'string' ? data.photoURL : null,
    createdAt: toMillis(data.createdAt),
    lastActiveAt: toMillis(data.lastActiveAt),
    followerCount: Number(data.followerCount ?? 0),
    followingCount: Number(data.followingCount ?? 0),
    walletAddress: typeof data.walletAddress === 'string' ? data.walletAddress : null,
    isPrivate: data.isPrivate === true,
    banned: data.banned === true,
    bioHidden: data.bioHidden === true,
  };
}

const profileRef = (uid: string) => doc(firestoreDb(), 'users', uid);
const settingsRef = (uid: string) => doc(firestoreDb(), 'users', uid, 'private', SETTINGS_DOC_ID);

/** Emits the profile, or null while it does not exist yet (the auth trigger is still creating it). */
export function subscribeToProfile(uid: string): Subscribe<UserProfile | null> {
  return (onNext, onError) =>
    onSnapshot(profileRef(uid), (snap) => onNext(snap.exists() ? toProfile(uid, snap.data()) : null), onError);
}

export function subscribeToSettings(uid: string): Subscribe<UserSettings | null> {
  return (onNext, onError) =>
    onSnapshot(
      settingsRef(uid),
      (snap) => {
        if (!snap.exists()) return onNext(null);
        const data = snap.data();
        onNext({
          email: typeof data.email === 'string' ? data.email : null,
          privacy: data.privacy === 'private' ? 'private' : 'public',
          analyticsConsent: data.analyticsConsent === true,
        });
      },
      onError,
    );
}

export function subscribeToNewestProfiles(count: number): Subscribe<UserProfile[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(collection(firestoreDb(), 'users'), orderBy('createdAt', 'desc'), limit(count)),
      (snap) => onNext(snap.docs.map((d) => toProfile(d.id, d.data()))),
      onError,
    );
}

/**
 * Writes the profile chosen at sign-up. The auth trigger may create the document at the same
 * moment; a transaction makes that race harmless: whichever lands first, the chosen name wins.
 */
export async function createOwnProfile(uid: string, displayName: string): Promise<void> {
  const ref = profileRef(uid);
  await runTransaction(firestoreDb(), async (tx) => {
    const existing = await tx.get(ref);
    if (existing.exists()) {
      tx.update(ref, { displayName });
      return;
    }
    tx.set(ref, initialProfile(displayName, serverTimestamp()));
  });
}

/** Resolves once the local cache has the write; offline it is queued and syncs later. */
export async function saveProfile(uid: string, edit: ProfileEdit): Promise<void> {
  await updateDoc(profileRef(uid), { ...edit });
}

export async function saveSettings(uid: string, edit: SettingsEdit): Promise<void> {
  await updateDoc(settingsRef(uid), { ...edit, updatedAt: serverTimestamp() });
}

export function avatarProblem(file: File): string | null {
  if (!(AVATAR_LIMITS.contentTypes as readonly string[]).includes(file.type)) {
    return 'Choose a PNG, JPEG, WebP or GIF image.';
  }
  if (file.size > AVATAR_LIMITS.maxBytes) return 'That image is larger than 2 MB.';
  return null;
}

/** Uploads to avatars/{uid}/… in Storage and returns the public download URL. */
export async function uploadAvatar(uid: string, file: File, onProgress: (fraction: number) => void): Promise<string> {
  const { ref, uploadBytesResumable, getDownloadURL } = await import('firebase/storage');
  const { cloudStorage } = await import('../../lib/storage');
  const extension = file.type.split('/')[1] ?? 'png';
  const objectRef = ref(cloudStorage(), `avatars/${uid}/avatar-${Date.now()}.${extension}`);
  const task = uploadBytesResumable(objectRef, file, { contentType: file.type });
  await new Promise<void>((resolve, reject) => {
    task.on(
      'state_changed',
      (s) => onProgress(s.bytesTransferred / s.totalBytes),
      reject,
      () => resolve(),
    );
  });
  return getDownloadURL(objectRef);
}
