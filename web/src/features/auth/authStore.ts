import type { RoleClaims } from '@aether/common';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

export interface SessionUser {
  uid: string;
  email: string | null;
  displayName: string | null;
  providerIds: string[];
  claims: RoleClaims;
}

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut';

interface AuthState {
  status: AuthStatus;
  user: SessionUser | null;
  setUser: (user: SessionUser | null) => void;
}

export const useAuthStore = create<AuthState>((set) => ({
  status: 'loading',
  user: null,
  setUser: (user) => set({ user, status: user ? 'signedIn' : 'signedOut' }),
}));

export function useSession() {
  return useAuthStore(useShallow((s) => ({ status: s.status, user: s.user })));
}
