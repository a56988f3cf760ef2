// The client side of product analytics: typed events, queued in localStorage (so nothing is lost
// offline or on reload), sent in batches of up to ANALYTICS_LIMITS.maxBatch as one events/{batchId}
// document (whose write Firestore's persistent cache keeps until it reaches the server), and only
// with the user's analytics consent. Events carry no personal data: the batch holds the uid, the
// payloads are checked against the catalog (and again by the rules and the trigger).
import {
  ANALYTICS_LIMITS,
  type AnalyticsEvent,
  type ClientEventName,
  type EventPayload,
} from '@aether/common/analytics/events';

export type SendBatch = (uid: string, batchId: string, events: AnalyticsEvent[]) => Promise<void>;

export interface TrackerOptions {
  send: SendBatch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
  newId?: () => string;
  /** Events kept while waiting for consent or a connection; the oldest are dropped beyond it. */
  maxQueued?: number;
}

const STORAGE_KEY = 'aether.analytics.queue';

interface StoredQueue {
  uid: string;
  events: AnalyticsEvent[];
}

export class Tracker {
  private uid: string | null = null;
  /** null: not known yet (settings loading) — events wait; false: events are dropped. */
  private consent: boolean | null = null;
  private queue: AnalyticsEvent[] = [];
  private sending = false;
  private readonly options: Required<Omit<TrackerOptions, 'storage'>> & { storage: TrackerOptions['storage'] };

  constructor(options: TrackerOptions) {
    this.options = {
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      maxQueued: 200,
      storage: null,
      ...options,
    };
  }

  /** Who is signed in (null when signed out) and whether they agreed to analytics (null: unknown). */
  setUser(uid: string | null, consent: boolean | null): void {
    if (uid !== this.uid) {
      this.uid = uid;
      this.queue = uid ? this.load(uid) : [];
    }
    this.consent = uid ? consent : false;
    if (this.consent === false) this.queue = [];
    this.save();
    if (this.consent) void this.flush();
  }

  /** Records an event if the user may be tracked; returns whether it was queued. */
  track<N extends ClientEventName>(name: N, props: EventPayload<N>): boolean {
    if (!this.uid || this.consent === false) return false;
    this.queue.push({ id: this.options.newId(), name, at: this.options.now(), props } as AnalyticsEvent);
    if (this.queue.length > this.options.maxQueued) this.queue.splice(0, this.queue.length - this.options.maxQueued);
    this.save();
    if (this.consent && this.queue.length >= ANALYTICS_LIMITS.maxBatch) void this.flush();
    return true;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Sends everything queued, batch by batch. A batch's id is its first event's id, so a resend is refused. */
  async flush(): Promise<void> {
    if (this.sending || !this.uid || !this.consent) return;
    this.sending = true;
    try {
      while (this.queue.length > 0 && this.uid && this.consent) {
        const uid: string = this.uid;
        const batch = this.queue.slice(0, ANALYTICS_LIMITS.maxBatch);
        await this.options.send(uid, batch[0]!.id, batch);
        if (uid !== this.uid) break;
        this.queue.splice(0, batch.length);
        this.save();
      }
    } catch {
      // Kept for the next flush (e.g. the rules refused a stale token); nothing else to do here.
    } finally {
      this.sending = false;
    }
  }

  private load(uid: string): AnalyticsEvent[] {
    try {
      const stored = JSON.parse(this.options.storage?.getItem(STORAGE_KEY) ?? 'null') as StoredQueue | null;
      return stored && stored.uid === uid && Array.isArray(stored.events) ? stored.events : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    const storage = this.options.storage;
    if (!storage) return;
    try {
      if (!this.uid || this.queue.length === 0) storage.removeItem(STORAGE_KEY);
      else storage.setItem(STORAGE_KEY, JSON.stringify({ uid: this.uid, events: this.queue } satisfies StoredQueue));
    } catch {
      // Storage full or disabled: the in-memory queue still works for this tab.
    }
  }
}
