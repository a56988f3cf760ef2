import { effectivePresence, type PresenceRecord, type PresenceState } from '@aether/common';
import { useEffect, useState } from 'react';
import { config } from '../../lib/config';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';

const api = () => import('./api');

export function usePresenceRecord(uid: string) {
  return useLiveQuery<PresenceRecord | null>(
    ['presence', uid],
    lazySubscribe(() => api().then((m) => m.subscribeToPresence(uid))),
  );
}

/** A clock that ticks, so "online" decays to "offline" when heartbeats stop arriving. */
export function useNow(intervalMs = 5000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function usePresence(uid: string): { state: PresenceState; lastSeen: number | null; now: number } {
  const { data } = usePresenceRecord(uid);
  const now = useNow(Math.min(5000, config.presence.heartbeatMs));
  return { state: effectivePresence(data, now, config.presence.staleAfterMs), lastSeen: data?.lastSeen ?? null, now };
}
