import { addDays, dayKey, sumShards, weekKey, type AnalyticsEvent, type DailyShard } from '@aether/common';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEvents, type UserEvent } from '../../functions/src/analytics/applyEvents';
import { recordEvent } from '../../functions/src/analytics/recordEvent';
import { runRollup } from '../../functions/src/analytics/runRollup';
import { admin, newClient, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore, HOST, PORTS, PROJECT_ID, waitFor } from '../support/emulators';

// The scripted stream runs in a project of its own, where no trigger (sign-ups from other tests)
// can add to the counts it checks.
const STREAM_PROJECT = 'demo-aether-stream';
admin(); // the default admin app first: admin() uses the first app initialized
const streamApp = initializeApp({ projectId: STREAM_PROJECT }, 'analytics-stream');
const streamDb: Firestore = getFirestore(streamApp);

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth(), clearFirestore(STREAM_PROJECT)]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await deleteApp(streamApp);
});

const NOW = Date.now();
const TODAY = dayKey(NOW);
const YESTERDAY = addDays(TODAY, -1);
let seq = 0;
function ev(uid: string, name: UserEvent['name'], props: UserEvent['props'], at = NOW): UserEvent {
  return { id: `evt_${String(++seq).padStart(6, '0')}`, uid, name, props, at } as UserEvent;
}

async function totals(db: Firestore) {
  const shards = (await db.collection('statsShards').get()).docs.map((d) => d.data() as DailyShard);
  return sumShards(shards);
}

describe('analytics aggregation (scripted stream with duplicates)', () => {
  it('counts every event exactly once, whatever is delivered twice', async () => {
    const stream: UserEvent[] = [
      ev('u1', 'sign_up', { method: 'password' }, NOW - 86_400_000),
      ev('u1', 'page_view', { path: '/chat' }, NOW - 86_400_000),
      ev('u1', 'message_sent', { roomId: 'lab' }),
      ev('u1', 'message_sent', { roomId: 'lab' }),
      ev('u1', 'message_sent', { roomId: 'dm_u1_u2' }),
      ev('u1', 'course_enrolled', { courseId: 'mech' }),
      ev('u2', 'sign_up', { method: 'google' }),
      ev('u2', 'message_sent', { roomId: 'cafe' }),
      ev('u2', 'page_view', { path: '/' }),
      ev('u2', 'page_view', { path: '/learn' }),
      ev('u3', 'sign_up', { method: 'github' }),
      ev('u3', 'course_enrolled', { courseId: 'mech' }),
      ev('u3', 'course_completed', { courseId: 'mech' }),
    ];
    // Batches of 4, each delivered twice (a redelivered trigger), one batch retried under a new
    // batch id (a client that resent), one event duplicated inside its batch, all concurrently.
    const batches: UserEvent[][] = [];
    for (let i = 0; i < stream.length; i += 4) batches.push(stream.slice(i, i + 4));
    batches[1] = [...batches[1]!, batches[1]![0]!];
    const deliveries = [
      ...batches.map((b, i) => applyEvents(streamDb, b, NOW, `batch_${i}`)),
      ...batches.map((b, i) => applyEvents(streamDb, b, NOW, `batch_${i}`)),
      applyEvents(streamDb, batches[2]!, NOW, 'batch_2_resent'),
    ];
    const results = await Promise.all(deliveries);
    expect(results.reduce((n, r) => n + r.applied, 0)).toBe(stream.length);

    // A function recording the same business event twice counts it once.
    const first = await recordEvent(streamDb, {
      id: 'cert_u3_mech',
      name: 'certificate_minted',
      uid: 'u3',
      props: { courseId: 'mech' },
    });
    const again = await recordEvent(streamDb, {
      id: 'cert_u3_mech',
      name: 'certificate_minted',
      uid: 'u3',
      props: { courseId: 'mech' },
    });
    expect([first.applied, again.applied, again.duplicates]).toEqual([1, 0, 1]);

    const days = await totals(streamDb);
    expect(days.get(YESTERDAY)?.counts).toEqual({ sign_up: 1, page_view: 1 });
    expect(days.get(TODAY)?.counts).toEqual({
      message_sent: 4,
      course_enrolled: 2,
      course_completed: 1,
      sign_up: 2,
      page_view: 2,
      certificate_minted: 1,
    });
    expect(days.get(TODAY)?.rooms).toEqual({ lab: 2, cafe: 1 });
    expect(days.get(TODAY)?.courses).toEqual({ mech: 3 });
    const shardDocs = await streamDb.collection('statsShards').get();
    expect(shardDocs.size).toBeGreaterThan(1);

    const summary = await runRollup(streamDb, NOW);
    expect(summary.kpis.find((k) => k.key === 'dau')).toEqual({ key: 'dau', value: 3, previous: 1 });
    expect(summary.kpis.find((k) => k.key === 'wau')?.value).toBe(3);
    expect(summary.kpis.find((k) => k.key === 'message_sent')?.value).toBe(4);
    expect(summary.funnel.map((f) => f.users)).toEqual([3, 2, 1, 0]);
    expect(summary.cohorts.at(-1)).toMatchObject({ week: weekKey(TODAY), size: 3, active: [3] });
    expect(summary.topRooms).toEqual([
      { id: 'lab', count: 2 },
      { id: 'cafe', count: 1 },
    ]);
    expect(summary.totals.message_sent).toBe(4);
    const stored = (await streamDb.doc('stats/summary').get()).data();
    expect(stored?.funnel).toEqual(summary.funnel);

    // Running the rollup again changes nothing: it only reads the counters.
    const rerun = await runRollup(streamDb, NOW);
    expect(rerun.series).toEqual(summary.series);
  });

  it('rejects events outside the catalog in recordEvent', async () => {
    await expect(
      recordEvent(streamDb, { id: 'bad_event_1', name: 'message_sent', uid: 'u1', props: {} as { roomId: string } }),
    ).rejects.toThrow(/catalog/);
  });
});

// Triggers on a loaded machine: generous time, never asserted on.
describe('analytics in the emulators (trigger, callables, health)', { timeout: 120_000 }, () => {
  it('a client batch is counted once by the trigger; sign-ups and messages by functions', async () => {
    const alice = await signedInClient('alice@example.com');
    clients.push(alice);
    const events: AnalyticsEvent[] = [
      { id: 'evt_trig_000001', name: 'page_view', at: Date.now(), props: { path: '/chat' } },
      { id: 'evt_trig_000002', name: 'page_view', at: Date.now(), props: { path: '/' } },
      { id: 'evt_trig_000003', name: 'client_error', at: Date.now(), props: { name: 'TypeError', path: '/' } },
    ];
    await setDoc(doc(alice.db, 'events', 'batch_trig_1'), { uid: alice.uid, createdAt: serverTimestamp(), events });
    // The same events again under another batch id (a client that resent them) add nothing.
    await setDoc(doc(alice.db, 'events', 'batch_trig_2'), { uid: alice.uid, createdAt: serverTimestamp(), events });

    const { db } = admin();
    const counts = await waitFor(
      async () => {
        const day = (await totals(db)).get(dayKey(Date.now()));
        return day?.counts.page_view === 2 && day.counts.client_error === 1 && day.counts.sign_up === 1
          ? day
          : undefined;
      },
      'the batch and the sign-up to be counted',
      60_000,
    );
    expect(counts.counts.page_view).toBe(2);
    await waitFor(
      async () =>
        (await db.collection('processedEvents').where('kind', '==', 'analytics.event').get()).size >= 4
          ? true
          : undefined,
      'markers',
    );
    const activity = (await db.doc(`userActivity/${alice.uid}`).get()).data();
    expect(activity?.milestones).toEqual({ sign_up: true });
    expect(activity?.days).toEqual([dayKey(Date.now())]);
    // Give a redelivery a moment: the counts stay exact.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await totals(db)).get(dayKey(Date.now()))?.counts).toMatchObject({
      page_view: 2,
      client_error: 1,
      sign_up: 1,
    });
  });

  it('the rollup callable is for admins only, and returns the summary', async () => {
    const member = await signedInClient('member@example.com');
    const boss = await signedInClient('boss@example.com', { admin: true });
    clients.push(member, boss);
    const error = (await member.call('analytics-runRollupNow', {}).catch((e: unknown) => e)) as { code?: string };
    expect(error.code).toBe('functions/permission-denied');
    const bad = (await boss.call('analytics-runRollupNow', { days: 'all' }).catch((e: unknown) => e)) as {
      code?: string;
    };
    expect(bad.code).toBe('functions/invalid-argument');
    await waitFor(
      async () => ((await admin().db.collection('userActivity').get()).size >= 2 ? true : undefined),
      'sign-ups to be counted',
      60_000,
    );
    const summary = await boss.call<object, { funnel: { users: number }[]; kpis: { key: string; value: number }[] }>(
      'analytics-runRollupNow',
      {},
    );
    expect(summary.funnel[0]!.users).toBe(2);
    expect(summary.kpis.find((k) => k.key === 'sign_up')?.value).toBe(2);
    expect((await admin().db.doc('stats/summary').get()).exists).toBe(true);
  });

  it('admins search users by email or name and see their roles; others are refused', async () => {
    const boss = await signedInClient('boss@example.com', { admin: true });
    const member = await signedInClient('grace@example.com', { moderator: true });
    clients.push(boss, member);
    const byEmail = await boss.call<object, { users: { uid: string; moderator: boolean; email: string }[] }>(
      'admin-searchUsers',
      { query: 'grace@example.com' },
    );
    expect(byEmail.users).toEqual([
      expect.objectContaining({ uid: member.uid, moderator: true, email: 'grace@example.com' }),
    ]);
    await waitFor(
      async () => ((await admin().db.doc(`users/${member.uid}`).get()).exists ? true : undefined),
      'profile',
    );
    const byName = await boss.call<object, { users: { uid: string }[] }>('admin-searchUsers', { query: 'gra' });
    expect(byName.users.map((u) => u.uid)).toEqual([member.uid]);
    const refused = (await member.call('admin-searchUsers', { query: 'boss' }).catch((e: unknown) => e)) as {
      code?: string;
    };
    expect(refused.code).toBe('functions/permission-denied');
    const empty = (await boss.call('admin-searchUsers', { query: '  ' }).catch((e: unknown) => e)) as { code?: string };
    expect(empty.code).toBe('functions/invalid-argument');
    const anonymous = newClient();
    clients.push(anonymous);
    const anon = (await anonymous.call('admin-searchUsers', { query: 'x' }).catch((e: unknown) => e)) as {
      code?: string;
    };
    expect(anon.code).toBe('functions/unauthenticated');
  });

  it('/health reports Firestore reachable and which providers are configured', async () => {
    const res = await fetch(`http://${HOST}:${PORTS.functions}/${PROJECT_ID}/us-central1/ops-health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      firestore: { reachable: boolean };
      providers: { openai: { configured: boolean }; solana: { configured: boolean } };
    };
    expect(body.status).toBe('ok');
    expect(body.firestore.reachable).toBe(true);
    // The suite runs with no OpenAI key (the demo key does not count) and with the local chain.
    expect(body.providers.openai.configured).toBe(false);
    expect(body.providers.solana.configured).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/sk-/);
  });
});
