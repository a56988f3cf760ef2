import { describe, expect, it } from 'vitest';
import { defaultDisplayName, safePhotoURL } from './defaults';

describe('defaultDisplayName', () => {
  it.each([
    [{ displayName: 'Grace Hopper', email: 'g@x.test' }, 'Grace Hopper'],
    [{ displayName: '  Ada  ', email: null }, 'Ada'],
    [{ displayName: '', email: 'linus@kernel.test' }, 'linus'],
    [{ displayName: '   ', email: 'sam@x.test' }, 'sam'],
    [{ displayName: null, email: null }, 'New member'],
    [{ email: '@nothing-before.test' }, 'New member'],
    [{ displayName: 'x'.repeat(80) }, 'x'.repeat(50)],
  ])('%j -> %s', (input, expected) => {
    expect(defaultDisplayName(input)).toBe(expected);
  });
});

describe('safePhotoURL', () => {
  it.each([
    ['https://example.com/a.png', 'https://example.com/a.png'],
    ['http://127.0.0.1:9199/a.png', 'http://127.0.0.1:9199/a.png'],
    ['javascript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['', null],
    [null, null],
    [undefined, null],
    [`https://x.test/${'a'.repeat(2048)}`, null],
  ])('%s -> %s', (input, expected) => {
    expect(safePhotoURL(input)).toBe(expected);
  });
});
