/**
 * Coalesces a fast stream of values into writes at most every `intervalMs`: the first value is
 * written at once (the user sees the first token quickly), later ones wait for the interval, and
 * `flush()` writes whatever is pending. Writes never overlap: while one is in flight, new values
 * only replace the pending one, and the next write starts no sooner than `intervalMs` after the
 * previous one started — even when a write is slower than the interval. A failed write is
 * reported, not thrown.
 */
export class Flusher<T> {
  private pending: { value: T } | null = null;
  private lastWriteAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing = false;
  private inFlight: Promise<void> = Promise.resolve();
  writes = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly write: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  push(value: T): void {
    this.pending = { value };
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.writing || !this.pending) return;
    // +1 ms: Node timers may fire up to a millisecond early.
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now() + 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeNow();
    }, wait);
  }

  private writeNow(): void {
    const next = this.pending;
    if (!next || this.writing) return;
    this.pending = null;
    this.writing = true;
    this.lastWriteAt = Date.now();
    this.writes++;
    this.inFlight = this.write(next.value)
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.writing = false;
        this.schedule();
      });
  }

  /** Writes the pending value now (ignoring the interval) and resolves when writes are done. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.inFlight;
    this.clearTimer();
    this.writeNow();
    await this.inFlight;
  }

  /** Drops the pending value and waits for a write in flight. */
  async stop(): Promise<void> {
    this.clearTimer();
    this.pending = null;
    await this.inFlight;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
