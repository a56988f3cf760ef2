import type { Privacy } from './schema';

/** users/{uid}: the public profile. Timestamps are epoch milliseconds once mapped by a data layer. */
export interface UserProfile {
  uid: string;
  displayName: string;
  bio: string;
  photoURL: string | null;
  createdAt: number | null;
  lastActiveAt: number | null;
  followerCount: number;
  followingCount: number;
  walletAddress: string | null;
  /** Mirrored by a function from the owner's private settings. */
  isPrivate: boolean;
  /** Set by an admin through the setUserRoles callable. */
  banned: boolean;
  /** Set by moderation when the bio is flagged or removed: others see a notice instead. */
  bioHidden?: boolean;
}

/** users/{uid}/private/settings: readable only by its owner. */
export interface UserSettings {
  email: string | null;
  privacy: Privacy;
  analyticsConsent: boolean;
}

export const SETTINGS_DOC_ID = 'settings';
