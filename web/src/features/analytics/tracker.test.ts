import type { AnalyticsEvent } from '@aether/common';
import { describe, expect, it } from 'vitest';
import { Tracker } from './tracker';

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

function setup(storage = new MemoryStorage()) {
  const sent: { uid: string; batchId: string; events: AnalyticsEvent[] }[] = [];
  let id = 0;
  let fail = false;
  const tracker = new Tracker({
    storage,
    now: () => 1_000,
    newId: () => `evt_${String(++id).padStart(8, '0')}`,
    send: async (uid, batchId, events) => {
      if (fail) throw new Error('offline');
      sent.push({ uid, batchId, events: [...events] });
    },
  });
  return { tracker, sent, storage, failNext: (v: boolean) => (fail = v) };
}

describe('Tracker', () => {
  it('drops everything while signed out or without consent', async () => {
    const { tracker, sent } = setup();
    expect(tracker.track('page_view', { path: '/' })).toBe(false);
    tracker.setUser('alice', false);
    expect(tracker.track('page_view', { path: '/' })).toBe(false);
    await tracker.flush();
    expect(sent).toEqual([]);
  });

  it('holds events until consent is known, then sends them in one batch named after its first event', async () => {
    const { tracker, sent } = setup();
    tracker.setUser('alice', null);
    tracker.track('page_view', { path: '/' });
    tracker.track('client_error', { name: 'TypeError', path: '/chat/:id' });
    await tracker.flush();
    expect(sent).toEqual([]);
    tracker.setUser('alice', true);
    await tracker.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.batchId).toBe('evt_00000001');
    expect(sent[0]!.events.map((e) => e.name)).toEqual(['page_view', 'client_error']);
    expect(tracker.pending).toBe(0);
  });

  it('withdrawn consent discards the queue', async () => {
    const { tracker, sent } = setup();
    tracker.setUser('alice', null);
    tracker.track('page_view', { path: '/' });
    tracker.setUser('alice', false);
    tracker.setUser('alice', true);
    await tracker.flush();
    expect(sent).toEqual([]);
  });

  it('splits a large queue into batches of 10 and keeps what failed for later', async () => {
    const { tracker, sent, failNext } = setup();
    tracker.setUser('alice', null);
    for (let i = 0; i < 45; i++) tracker.track('page_view', { path: `/p${i}` });
    failNext(true);
    tracker.setUser('alice', true);
    await tracker.flush();
    expect(tracker.pending).toBe(45);
    failNext(false);
    await tracker.flush();
    expect(sent.map((b) => b.events.length)).toEqual([10, 10, 10, 10, 5]);
    expect(new Set(sent.flatMap((b) => b.events.map((e) => e.id))).size).toBe(45);
  });

  it('survives a reload through storage, for the same user only', async () => {
    const storage = new MemoryStorage();
    const first = setup(storage);
    first.tracker.setUser('alice', null);
    first.tracker.track('page_view', { path: '/learn' });
    const second = setup(storage);
    second.tracker.setUser('bob', true);
    expect(second.tracker.pending).toBe(0);
    const third = setup(storage);
    third.tracker.setUser('alice', null);
    expect(third.tracker.pending).toBe(0); // bob's session cleared alice's queue: nothing leaks across users
    const fourth = setup(storage);
    fourth.tracker.setUser('alice', null);
    fourth.tracker.track('page_view', { path: '/x' });
    const fifth = setup(storage);
    fifth.tracker.setUser('alice', true);
    await fifth.tracker.flush();
    expect(fifth.sent[0]!.events).toEqual([
      { id: 'evt_00000001', name: 'page_view', at: 1_000, props: { path: '/x' } },
    ]);
  });
});
