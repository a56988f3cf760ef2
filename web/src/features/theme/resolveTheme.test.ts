import { describe, expect, it } from 'vitest';
import { NEXT_THEME, resolveTheme } from './resolveTheme';

describe('resolveTheme', () => {
  it.each([
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['system', true, 'dark'],
    ['system', false, 'light'],
  ] as const)('%s with prefersDark=%s -> %s', (mode, prefersDark, expected) => {
    expect(resolveTheme(mode, prefersDark)).toBe(expected);
  });

  it('cycles through every mode and back', () => {
    expect(NEXT_THEME[NEXT_THEME[NEXT_THEME.system]]).toBe('system');
  });
});
