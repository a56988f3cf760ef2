import { defaultDisplayName, initialProfile, safePhotoURL, SETTINGS_DOC_ID } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';

export interface NewAccount {
  uid: string;
  email?: string | null;
  displayName?: string | null;
  photoURL?: string | null;
}

export interface CreateProfileResult {
  profileCreated: boolean;
  settingsCreated: boolean;
}

/**
 * Creates users/{uid} and users/{uid}/private/settings if they do not exist yet.
 * Idempotent: a redelivered event, or a profile the client already wrote at sign-up, is left as is.
 */
export async function createProfile(db: Firestore, account: NewAccount): Promise<CreateProfileResult> {
  const profileRef = db.doc(`users/${account.uid}`);
  const settingsRef = db.doc(`users/${account.uid}/private/${SETTINGS_DOC_ID}`);

  return db.runTransaction(async (tx) => {
    const [profile, settings] = await tx.getAll(profileRef, settingsRef);
    const now = FieldValue.serverTimestamp();
    if (!profile?.exists) {
      tx.create(profileRef, initialProfile(defaultDisplayName(account), now, safePhotoURL(account.photoURL)));
    }
    if (!settings?.exists) {
      tx.create(settingsRef, {
        email: account.email ?? null,
        privacy: 'public',
        analyticsConsent: false,
        createdAt: now,
        updatedAt: now,
      });
    }
    return { profileCreated: !profile?.exists, settingsCreated: !settings?.exists };
  });
}
