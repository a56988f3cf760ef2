// The app's tracker: one per tab, sending through the data layer (loaded on first send).
import type { ClientEventName, EventPayload } from '@aether/common/analytics/events';
import { Tracker } from './tracker';

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const tracker = new Tracker({
  send: (uid, batchId, events) => import('./api').then((m) => m.sendEventBatch(uid, batchId, events)),
  storage: browserStorage(),
});

/** Typed product event from the client (page views, client errors). No-op without consent. */
export function track<N extends ClientEventName>(name: N, props: EventPayload<N>): boolean {
  return tracker.track(name, props);
}
