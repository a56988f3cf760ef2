import { z } from 'zod';
import { PROFILE_LIMITS } from '../limits';

export const privacySchema = z.enum(['public', 'private']);
export type Privacy = z.infer<typeof privacySchema>;

export const displayNameSchema = z
  .string()
  .trim()
  .min(PROFILE_LIMITS.displayNameMin, 'Display name is required.')
  .max(PROFILE_LIMITS.displayNameMax, `Display name must be at most ${PROFILE_LIMITS.displayNameMax} characters.`);

export const bioSchema = z
  .string()
  .trim()
  .max(PROFILE_LIMITS.bioMax, `Bio must be at most ${PROFILE_LIMITS.bioMax} characters.`);

export const photoURLSchema = z
  .string()
  .max(PROFILE_LIMITS.photoURLMax, 'Avatar URL is too long.')
  .refine((value) => /^https?:\/\//.test(value), 'Avatar must be an http(s) URL.')
  .nullable();

/** What a user may change on their public profile. */
export const profileEditSchema = z.object({
  displayName: displayNameSchema,
  bio: bioSchema,
  photoURL: photoURLSchema,
});
export type ProfileEdit = z.infer<typeof profileEditSchema>;

/** What a user may change in their private settings. */
export const settingsEditSchema = z.object({
  privacy: privacySchema,
  analyticsConsent: z.boolean(),
});
export type SettingsEdit = z.infer<typeof settingsEditSchema>;
