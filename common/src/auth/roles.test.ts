import { describe, expect, it } from 'vitest';
import { mergeRoleClaims, setUserRolesInputSchema } from './roles';

describe('setUserRolesInputSchema', () => {
  it('accepts any subset of roles', () => {
    expect(setUserRolesInputSchema.parse({ uid: 'u1', banned: true })).toEqual({ uid: 'u1', banned: true });
    expect(setUserRolesInputSchema.parse({ uid: 'u1', admin: false, moderator: true })).toMatchObject({
      moderator: true,
    });
  });

  it.each([
    [{ uid: 'u1' }, 'Say which role'],
    [{ uid: '', admin: true }, 'uid is required'],
    [{ uid: 'u1', owner: true }, 'Unrecognized key'],
    [{ uid: 'u1', admin: 'yes' }, 'expected boolean'],
    [null, 'expected object'],
  ])('rejects %j', (input, message) => {
    const result = setUserRolesInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('mergeRoleClaims', () => {
  it.each([
    [{}, { admin: true }, { admin: true }],
    [{ admin: true }, { moderator: true }, { admin: true, moderator: true }],
    [{ admin: true, moderator: true }, { admin: false }, { moderator: true }],
    [{ other: 'kept' }, { banned: true }, { other: 'kept', banned: true }],
    [{ banned: true }, { banned: false }, {}],
    [{ admin: true }, {}, { admin: true }],
  ])('%j + %j -> %j', (current, change, expected) => {
    expect(mergeRoleClaims(current, change)).toEqual(expected);
  });
});
