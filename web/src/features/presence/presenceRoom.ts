/** The room the user is looking at, sent along with heartbeats. */
export const presenceRoom: { current: string | null } = { current: null };
