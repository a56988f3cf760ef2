import type { PresenceState } from '@aether/common';
import { useEffect } from 'react';
import { config } from '../../lib/config';
import { presenceRoom } from './presenceRoom';

const api = () => import('./api');

/**
 * While signed in: "online" with a heartbeat, "away" when the tab is hidden, "offline" when the page
 * goes away. Firestore has no onDisconnect, so a stopped heartbeat is what marks a crash offline.
 */
export function usePresenceHeartbeat(uid: string | undefined) {
  useEffect(() => {
    if (!uid) return undefined;
    const stateNow = (): PresenceState => (document.visibilityState === 'hidden' ? 'away' : 'online');
    const publish = (state: PresenceState) =>
      api()
        .then((m) => m.publishPresence(uid, state, state === 'offline' ? null : presenceRoom.current))
        .catch(() => undefined); // offline: the next beat after reconnecting fixes it
    publish(stateNow());
    const timer = window.setInterval(() => publish(stateNow()), config.presence.heartbeatMs);
    const onVisibility = () => publish(stateNow());
    const onHide = () => publish('offline');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      publish('offline');
    };
  }, [uid]);
}
