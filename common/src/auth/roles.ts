import { z } from 'zod';

/** Custom claims Aether reads from ID tokens and security rules. */
export interface RoleClaims {
  admin?: boolean;
  moderator?: boolean;
  banned?: boolean;
}

export const ROLE_NAMES = ['admin', 'moderator', 'banned'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Input of the `setUserRoles` callable: change any subset of a user's roles. */
export const setUserRolesInputSchema = z
  .object({
    uid: z.string().min(1, 'uid is required.').max(128),
    admin: z.boolean().optional(),
    moderator: z.boolean().optional(),
    banned: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.admin !== undefined || v.moderator !== undefined || v.banned !== undefined, {
    message: 'Say which role to change: admin, moderator or banned.',
  });
export type SetUserRolesInput = z.infer<typeof setUserRolesInputSchema>;

/** Merges a change into existing claims, dropping false flags so tokens stay small. */
export function mergeRoleClaims(
  current: Record<string, unknown>,
  change: Partial<RoleClaims>,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const role of ROLE_NAMES) {
    const value = change[role];
    if (value === undefined) continue;
    if (value) next[role] = true;
    else delete next[role];
  }
  return next;
}
