import { describe, expect, it } from 'vitest';
import { safeRedirect } from './useRedirectTarget';

describe('safeRedirect', () => {
  it.each([
    ['/settings', '/settings'],
    ['/u/abc?tab=1', '/u/abc?tab=1'],
    [null, '/'],
    ['', '/'],
    ['//evil.test', '/'],
    ['/\\evil.test', '/'],
    ['https://evil.test', '/'],
    ['javascript:alert(1)', '/'],
  ])('%s -> %s', (next, expected) => {
    expect(safeRedirect(next)).toBe(expected);
  });
});
