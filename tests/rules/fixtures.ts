import { initialProfile } from '@aether/common';
import { serverTimestamp, Timestamp } from 'firebase/firestore';

/** A profile as the sign-up form writes it. */
export function newProfile(overrides: Record<string, unknown> = {}) {
  return { ...initialProfile('Alice', serverTimestamp()), ...overrides };
}

/** A stored profile (timestamps already resolved), for seeding. */
export function storedProfile(overrides: Record<string, unknown> = {}) {
  return {
    ...newProfile(),
    createdAt: Timestamp.fromMillis(1_700_000_000_000),
    lastActiveAt: Timestamp.fromMillis(1_700_000_000_000),
    ...overrides,
  };
}

export function storedSettings(overrides: Record<string, unknown> = {}) {
  return {
    email: 'alice@example.com',
    privacy: 'public',
    analyticsConsent: false,
    createdAt: Timestamp.fromMillis(1_700_000_000_000),
    updatedAt: Timestamp.fromMillis(1_700_000_000_000),
    ...overrides,
  };
}

export const t0 = Timestamp.fromMillis(1_700_000_000_000);

/** A stored room as the app writes it (before any message). */
export function storedRoom(
  name: string,
  type: 'public' | 'private' | 'dm',
  memberIds: string[],
  createdBy = memberIds[0],
) {
  return { name, topic: '', type, memberIds, createdBy, createdAt: t0, lastMessage: null, lastMessageAt: t0 };
}
