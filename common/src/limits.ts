/**
 * Limits shared by the web app, Cloud Functions and (mirrored by hand) firestore.rules /
 * storage.rules. The rules tests assert the same numbers, so a drift shows up as a red test.
 */
export const PROFILE_LIMITS = {
  displayNameMin: 1,
  displayNameMax: 50,
  bioMax: 280,
  photoURLMax: 2048,
} as const;

export const AVATAR_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  contentTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
} as const;
