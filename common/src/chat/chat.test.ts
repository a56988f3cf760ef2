import { describe, expect, it } from 'vitest';
import { dmRoomId, isDmRoomId, notificationId } from './ids';
import { findMentions, mentionQueryAt } from './mentions';
import { effectivePresence, lastSeenLabel } from './presence';
import { tokenizeMessage } from './richText';
import { messageTextSchema, newRoomSchema } from './schema';

describe('dmRoomId', () => {
  it('is the same whoever starts the conversation', () => {
    expect(dmRoomId('bob', 'alice')).toBe('dm_alice_bob');
    expect(dmRoomId('alice', 'bob')).toBe('dm_alice_bob');
    expect(isDmRoomId(dmRoomId('a', 'b'))).toBe(true);
    expect(isDmRoomId('general')).toBe(false);
  });
  it('refuses a conversation with yourself', () => {
    expect(() => dmRoomId('alice', 'alice')).toThrow(/two different users/);
  });
  it('builds deterministic notification ids', () => {
    expect(notificationId('m1', 'mention')).toBe('mention_m1');
  });
});

describe('effectivePresence', () => {
  const now = 1_000_000;
  it.each([
    [null, 'offline'],
    [{ state: 'online', lastSeen: now - 10_000 }, 'online'],
    [{ state: 'away', lastSeen: now - 10_000 }, 'away'],
    [{ state: 'online', lastSeen: now - 80_000 }, 'offline'],
    [{ state: 'away', lastSeen: now - 80_000 }, 'offline'],
    [{ state: 'offline', lastSeen: now }, 'offline'],
    [{ state: 'online', lastSeen: null }, 'online'],
  ] as const)('%j -> %s', (record, expected) => {
    expect(effectivePresence(record, now)).toBe(expected);
  });
  it('honours a shorter stale timeout', () => {
    expect(effectivePresence({ state: 'online', lastSeen: now - 3000 }, now, 2000)).toBe('offline');
  });
});

describe('lastSeenLabel', () => {
  const now = 10 * 86_400_000;
  it.each([
    [now - 5_000, 'just now'],
    [now - 5 * 60_000, '5 min ago'],
    [now - 3 * 3_600_000, '3 h ago'],
    [now - 2 * 86_400_000, '2 d ago'],
    [null, 'never'],
  ])('%s -> %s', (lastSeen, label) => {
    expect(lastSeenLabel(lastSeen, now)).toBe(label);
  });
});

describe('findMentions', () => {
  const members = [
    { uid: 'a', displayName: 'Alice' },
    { uid: 'ac', displayName: 'Alice Chen' },
    { uid: 'b', displayName: 'Bob' },
  ];
  it.each([
    ['hi @Bob', ['b']],
    ['@alice chen and @bob', ['ac', 'b']],
    ['@Alice, look', ['a']],
    ['@Bobby is not Bob', []],
    ['mail bob@example.com', []],
    ['@Bob @Bob @bob', ['b']],
    ['no mentions', []],
  ])('%s -> %j', (text, expected) => {
    expect(findMentions(text, members)).toEqual(expected);
  });
});

describe('mentionQueryAt', () => {
  it.each([
    ['hello @al', 9, { start: 6, query: 'al' }],
    ['@', 1, { start: 0, query: '' }],
    ['bob@example', 11, null],
    ['no at sign', 10, null],
    ['@alice\nnext', 11, null],
  ])('%s at %i', (text, caret, expected) => {
    expect(mentionQueryAt(text, caret)).toEqual(expected);
  });
});

describe('tokenizeMessage', () => {
  it('finds links without trailing punctuation', () => {
    expect(tokenizeMessage('see https://example.com/a?b=1.')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('renders inline code and fenced code blocks with their language', () => {
    expect(tokenizeMessage('run `npm test`\n```ts\nconst a = 1;\n```\ndone')).toEqual([
      { kind: 'text', text: 'run ' },
      { kind: 'code', text: 'npm test' },
      { kind: 'text', text: '\n' },
      { kind: 'codeBlock', language: 'ts', text: 'const a = 1;' },
      { kind: 'text', text: '\ndone' },
    ]);
  });
  it('does not look for links inside code', () => {
    expect(tokenizeMessage('`https://x.test`')).toEqual([{ kind: 'code', text: 'https://x.test' }]);
  });
  it('marks mentions of known names only', () => {
    expect(tokenizeMessage('hi @Alice Chen and @nobody', ['Alice Chen'])).toEqual([
      { kind: 'text', text: 'hi ' },
      { kind: 'mention', text: '@Alice Chen' },
      { kind: 'text', text: ' and @nobody' },
    ]);
  });
  it('keeps markup as plain text', () => {
    expect(tokenizeMessage('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('schemas', () => {
  it('limits messages to 4000 characters and refuses blank ones', () => {
    expect(messageTextSchema.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(messageTextSchema.safeParse('x'.repeat(4001)).error?.issues[0]?.message).toMatch(/4000/);
    expect(messageTextSchema.safeParse('   ').error?.issues[0]?.message).toBe('Write something first.');
  });
  it('validates new rooms', () => {
    expect(newRoomSchema.safeParse({ name: ' Lab ', topic: '', type: 'private' }).data?.name).toBe('Lab');
    expect(newRoomSchema.safeParse({ name: '', topic: '', type: 'public' }).success).toBe(false);
    expect(newRoomSchema.safeParse({ name: 'x', topic: '', type: 'dm' }).success).toBe(false);
  });
});
