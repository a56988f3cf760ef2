import { describe, expect, it } from 'vitest';
import { parseEvent } from './catalog';
import { normalizePath } from './events';
import { computeRollup, cohortTable, funnel, percentChange, type ActivityRecord } from './rollup';
import { addDays, dayKey, eventDay, shardOf, weekKey } from './time';

describe('parseEvent', () => {
  const ok = { id: 'evt_12345678', name: 'page_view', at: 1, props: { path: '/chat' } };
  it.each([
    ['a page view', ok, true],
    ['a message with its room', { ...ok, name: 'message_sent', props: { roomId: 'lab' } }, true],
    ['an unknown name', { ...ok, name: 'purchase' }, false],
    ['a payload of another event', { ...ok, props: { roomId: 'lab' } }, false],
    ['extra payload fields (e.g. an email)', { ...ok, props: { path: '/', email: 'a@b.c' } }, false],
    ['extra top-level fields', { ...ok, uid: 'x' }, false],
    ['a short id', { ...ok, id: 'x' }, false],
    ['a negative time', { ...ok, at: -1 }, false],
    ['a non-object', 'page_view', false],
  ])('%s → %s', (_label, value, valid) => {
    expect(parseEvent(value) !== null).toBe(valid);
  });
});

describe('normalizePath', () => {
  it.each([
    ['/', '/'],
    ['/chat', '/chat'],
    ['/chat/room-42', '/chat/:id'],
    ['/u/abcdef?tab=posts', '/u/:id'],
    ['/learn/course/lesson#x', '/learn/:id/:id'],
  ])('%s → %s', (input, output) => expect(normalizePath(input)).toBe(output));
});

describe('time keys', () => {
  it('computes UTC days, Monday weeks and clamps client clocks', () => {
    const now = Date.parse('2026-12-02T10:00:00Z'); // a Wednesday
    expect(dayKey(now)).toBe('2026-12-02');
    expect(weekKey('2026-12-02')).toBe('2026-11-30');
    expect(weekKey('2026-11-30')).toBe('2026-11-30');
    expect(weekKey('2026-12-06')).toBe('2026-11-30');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(eventDay(now - 86_400_000, now, 7 * 86_400_000)).toBe('2026-12-01');
    expect(eventDay(now + 86_400_000, now, 7 * 86_400_000)).toBe('2026-12-02');
    expect(eventDay(0, now, 7 * 86_400_000)).toBe('2026-12-02');
  });
  it('spreads keys over every shard, stably', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`batch-${i}`, 10)));
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shardOf('same', 10)).toBe(shardOf('same', 10));
  });
});

const today = '2026-12-02';
const activity: ActivityRecord[] = [
  { uid: 'a', days: ['2026-11-18', '2026-11-25', today], milestones: { sign_up: true, message_sent: true } },
  { uid: 'b', days: ['2026-11-25', '2026-12-01'], milestones: { sign_up: true, course_enrolled: true } },
  {
    uid: 'c',
    days: [today],
    milestones: { sign_up: true, message_sent: true, course_enrolled: true, course_completed: true },
  },
];

describe('rollup', () => {
  it('counts the funnel in order: a later stage needs every earlier one', () => {
    expect(funnel(activity)).toEqual([
      { stage: 'sign_up', users: 3 },
      { stage: 'message_sent', users: 2 },
      { stage: 'course_enrolled', users: 1 },
      { stage: 'course_completed', users: 1 },
    ]);
  });

  it('builds weekly retention cohorts by first active week', () => {
    const table = cohortTable(activity, today, 3);
    expect(table).toEqual([
      { week: '2026-11-16', size: 1, active: [1, 1, 1] },
      { week: '2026-11-23', size: 1, active: [1, 1] },
      { week: '2026-11-30', size: 1, active: [1] },
    ]);
  });

  it('sums shards into series, KPIs with the previous period, and top lists', () => {
    const summary = computeRollup(
      today,
      [
        { day: today, counts: { message_sent: 2 }, rooms: { lab: 2 } },
        { day: today, counts: { message_sent: 1, page_view: 4 }, rooms: { lab: 1, cafe: 1 } },
        { day: '2026-11-25', counts: { message_sent: 5 }, rooms: { cafe: 5 } },
        { day: '2026-01-01', counts: { message_sent: 99 } },
      ],
      activity,
    );
    expect(summary.series).toHaveLength(30);
    expect(summary.series.at(-1)).toEqual({ day: today, dau: 2, counts: { message_sent: 3, page_view: 4 } });
    expect(summary.totals.message_sent).toBe(8);
    expect(summary.totals.certificate_minted).toBe(0);
    expect(summary.kpis.find((k) => k.key === 'dau')).toEqual({ key: 'dau', value: 2, previous: 1 });
    expect(summary.kpis.find((k) => k.key === 'wau')).toEqual({ key: 'wau', value: 3, previous: 2 });
    expect(summary.kpis.find((k) => k.key === 'message_sent')).toEqual({ key: 'message_sent', value: 3, previous: 5 });
    expect(summary.topRooms).toEqual([
      { id: 'cafe', count: 6 },
      { id: 'lab', count: 3 },
    ]);
    expect(summary.users).toBe(3);
  });

  it('expresses change against the previous period', () => {
    expect(percentChange(15, 10)).toBe(50);
    expect(percentChange(5, 10)).toBe(-50);
    expect(percentChange(0, 0)).toBe(0);
    expect(percentChange(3, 0)).toBeNull();
  });
});
