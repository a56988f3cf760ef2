import { NEXT_THEME as NEXT, type ThemeMode } from './resolveTheme';
import { useThemeStore } from './themeStore';

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
