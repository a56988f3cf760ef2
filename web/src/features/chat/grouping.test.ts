import { describe, expect, it } from 'vitest';
import { dayLabel, groupMessages, mergePages, reactionSummary, toggleEmoji } from './grouping';
import type { Message } from './types';

const now = new Date(2026, 10, 22, 12, 0).getTime();
const msg = (id: string, authorId: string, minutesAgo: number, extra: Partial<Message> = {}): Message => ({
  id,
  authorId,
  text: id,
  createdAt: now - minutesAgo * 60_000,
  editedAt: null,
  deleted: false,
  reactions: {},
  replyTo: null,
  mentions: [],
  pending: false,
  moderation: null,
  ...extra,
});

describe('groupMessages', () => {
  it('groups consecutive messages by author, splitting on gaps, days, replies and authors', () => {
    const groups = groupMessages(
      [
        msg('a1', 'a', 24 * 60 + 10), // yesterday
        msg('a2', 'a', 30),
        msg('a3', 'a', 29),
        msg('b1', 'b', 28),
        msg('b2', 'b', 10), // 18 min gap
        msg('b3', 'b', 1, { replyTo: { messageId: 'a2', authorId: 'a', excerpt: 'x' } }),
        msg('b4', 'b', 0, { createdAt: null, pending: true }),
      ],
      now,
    );
    expect(groups.map((g) => g.messages.map((m) => m.id))).toEqual([
      ['a1'],
      ['a2', 'a3'],
      ['b1'],
      ['b2'],
      ['b3', 'b4'],
    ]);
  });
});

describe('dayLabel', () => {
  it('names today and yesterday', () => {
    expect(dayLabel(now - 60_000, now)).toBe('Today');
    expect(dayLabel(now - 86_400_000, now)).toBe('Yesterday');
    expect(dayLabel(null, now)).toBe('Today');
  });
});

describe('mergePages', () => {
  it('drops duplicates between history and the live page', () => {
    const merged = mergePages([msg('1', 'a', 3), msg('2', 'a', 2)], [msg('2', 'a', 2), msg('3', 'a', 1)]);
    expect(merged.map((m) => m.id)).toEqual(['1', '2', '3']);
  });
});

describe('reactions', () => {
  it('summarises reactions per emoji', () => {
    expect(reactionSummary({ a: ['👍', '🎉'], b: ['👍'] })).toEqual([
      { emoji: '👍', uids: ['a', 'b'] },
      { emoji: '🎉', uids: ['a'] },
    ]);
    expect(reactionSummary({})).toEqual([]);
  });
  it('toggles an emoji in a user list and caps it at ten', () => {
    expect(toggleEmoji(undefined, '👍')).toEqual(['👍']);
    expect(toggleEmoji(['👍', '🎉'], '👍')).toEqual(['🎉']);
    expect(
      toggleEmoji(
        Array.from({ length: 10 }, (_, i) => String(i)),
        'x',
      ),
    ).toHaveLength(10);
  });
});
