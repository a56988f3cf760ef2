import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import type { ThemeMode } from './resolveTheme';

export type { ThemeMode };

interface ThemeState {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

// The storage key is also read by the inline script in index.html to avoid a flash on load.
export const useThemeStore = create<ThemeState>()(
  persist((set) => ({ mode: 'system', setMode: (mode) => set({ mode }) }), { name: 'aether-theme' }),
);
