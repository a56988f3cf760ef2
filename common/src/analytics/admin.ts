import { z } from 'zod';

/** Input of `analytics-runRollupNow`: nothing (an empty object or no data). */
export const runRollupInputSchema = z.object({}).strict().optional();

/** Input of `admin-searchUsers`: an email, a uid, or the start of a display name. */
export const searchUsersInputSchema = z
  .object({ query: z.string().trim().min(1, 'Type a name, email or user id.').max(100) })
  .strict();
export type SearchUsersInput = z.infer<typeof searchUsersInputSchema>;

export interface UserSearchResult {
  uid: string;
  displayName: string;
  email: string | null;
  admin: boolean;
  moderator: boolean;
  banned: boolean;
}
