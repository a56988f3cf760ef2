import { useThemeStore, type ThemeMode } from './themeStore';

const NEXT: Record<ThemeMode, ThemeMode> = { system: 'light', light: 'dark', dark: 'system' };
const ICON: Record<ThemeMode, string> = { system: '🖥️', light: '☀️', dark: '🌙' };

export function ThemeToggle() {
  const { mode, setMode } = useThemeStore();
  return (
    <button
      type="button"
      className="btn btn-ghost icon-button"
      onClick={() => setMode(NEXT[mode])}
      aria-label={`Theme: ${mode}. Switch to ${NEXT[mode]}`}
      title={`Theme: ${mode}`}
    >
      <span aria-hidden="true">{ICON[mode]}</span>
    </button>
  );
}
