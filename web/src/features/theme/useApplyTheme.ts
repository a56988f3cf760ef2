import { useEffect } from 'react';
import { resolveTheme } from './resolveTheme';
import { useThemeStore } from './themeStore';

/** Keeps <html data-theme> in step with the chosen mode and, for "system", with the OS. */
export function useApplyTheme() {
  const mode = useThemeStore((s) => s.mode);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(mode, media.matches);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [mode]);
}
