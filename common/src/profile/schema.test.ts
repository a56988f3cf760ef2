import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS } from '../limits';
import { profileEditSchema, settingsEditSchema } from './schema';

const valid = { displayName: 'Alice', bio: 'Hi', photoURL: null };

describe('profileEditSchema', () => {
  it('accepts a valid edit and trims text', () => {
    expect(profileEditSchema.parse({ ...valid, displayName: '  Alice  ', bio: ' Hi ' })).toEqual(valid);
  });

  it.each([
    [{ displayName: '' }, 'Display name is required.'],
    [{ displayName: '   ' }, 'Display name is required.'],
    [{ displayName: 'x'.repeat(PROFILE_LIMITS.displayNameMax + 1) }, 'at most 50'],
    [{ bio: 'x'.repeat(PROFILE_LIMITS.bioMax + 1) }, 'at most 280'],
    [{ photoURL: 'ftp://x.test/a.png' }, 'http(s) URL'],
  ])('rejects %j with a clear message', (change, message) => {
    const result = profileEditSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('accepts names and bios exactly at the limits', () => {
    const atLimit = { displayName: 'x'.repeat(50), bio: 'y'.repeat(280), photoURL: 'https://x.test/a.png' };
    expect(profileEditSchema.safeParse(atLimit).success).toBe(true);
  });
});

describe('settingsEditSchema', () => {
  it('accepts public and private', () => {
    expect(settingsEditSchema.safeParse({ privacy: 'private', analyticsConsent: true }).success).toBe(true);
  });
  it('rejects unknown privacy levels and non-boolean consent', () => {
    expect(settingsEditSchema.safeParse({ privacy: 'friends', analyticsConsent: true }).success).toBe(false);
    expect(settingsEditSchema.safeParse({ privacy: 'public', analyticsConsent: 'yes' }).success).toBe(false);
  });
});
