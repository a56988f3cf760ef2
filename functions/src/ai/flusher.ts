/**
 * Coalesces a fast stream of values into writes at most every `intervalMs`: the first value is
 * written at once (the user sees the first token quickly), later ones wait for the interval, and
 * `flush()` writes whatever is pending. Writes never overlap; a failed write is reported, not thrown.
 */
export class Flusher<T> {
  private pending: { value: T } | null = null;
  private lastWriteAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  writes = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly write: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  push(value: T): void {
    this.pending = { value };
    if (this.timer) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, wait);
  }

  private drain(): Promise<void> {
    this.inFlight = this.inFlight.then(async () => {
      const next = this.pending;
      if (!next) return;
      this.pending = null;
      this.lastWriteAt = Date.now();
      this.writes++;
      try {
        await this.write(next.value);
      } catch (error) {
        this.onError(error);
      }
    });
    return this.inFlight;
  }

  /** Cancels the timer and writes the pending value (if any); resolves when writes are done. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.drain();
  }

  /** Drops the pending value and waits for a write in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    await this.inFlight;
  }
}
