import { PROFILE_LIMITS } from '../limits';

/**
 * The name a brand-new account starts with: the provider's display name when it has one,
 * else the part of the email before the @, else a neutral fallback.
 */
export function defaultDisplayName(input: { displayName?: string | null; email?: string | null }): string {
  const fromProvider = input.displayName?.trim();
  if (fromProvider) return fromProvider.slice(0, PROFILE_LIMITS.displayNameMax);
  const local = input.email?.split('@')[0]?.trim();
  if (local) return local.slice(0, PROFILE_LIMITS.displayNameMax);
  return 'New member';
}

/** Only http(s) photo URLs are kept; anything else (data:, javascript:) becomes null. */
export function safePhotoURL(url: string | null | undefined): string | null {
  if (!url || url.length > PROFILE_LIMITS.photoURLMax) return null;
  return /^https?:\/\//.test(url) ? url : null;
}

/**
 * The fields every new users/{uid} document starts with, exactly as the rules require on create.
 * `timestamp` is whatever the writer uses for "now" (a server timestamp sentinel, usually).
 */
export function initialProfile<T>(displayName: string, timestamp: T, photoURL: string | null = null) {
  return {
    displayName,
    bio: '',
    photoURL,
    createdAt: timestamp,
    lastActiveAt: timestamp,
    followerCount: 0,
    followingCount: 0,
    walletAddress: null,
    isPrivate: false,
    banned: false,
  };
}
