import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRetryable, userMessageFor } from './errors';
import { Flusher } from './flusher';

describe('Flusher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the first value at once, then at most one write per interval, and the last value on flush', async () => {
    const writes: { at: number; value: number }[] = [];
    const flusher = new Flusher<number>(150, async (value) => {
      writes.push({ at: Date.now(), value });
    });
    const start = Date.now();
    for (let i = 1; i <= 100; i++) {
      flusher.push(i);
      await vi.advanceTimersByTimeAsync(10);
    }
    await flusher.flush();
    expect(writes[0]).toEqual({ at: start, value: 1 });
    // Timed writes keep the interval; only the explicit flush() at the end may come sooner.
    for (let i = 1; i < writes.length - 1; i++) expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(150);
    expect(writes.at(-1)!.value).toBe(100);
    // 1 s of pushes: the first write, one per 150 ms, and the final flush.
    expect(writes.length).toBeLessThanOrEqual(Math.floor(1000 / 150) + 2);
    expect(flusher.writes).toBe(writes.length);
  });

  it('never overlaps writes or shortens the interval when a write is slower than the interval', async () => {
    const starts: number[] = [];
    let active = 0;
    let maxActive = 0;
    const flusher = new Flusher<number>(150, async () => {
      starts.push(Date.now());
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 400));
      active--;
    });
    for (let i = 1; i <= 200; i++) {
      flusher.push(i);
      await vi.advanceTimersByTimeAsync(10);
    }
    const stopping = flusher.stop();
    await vi.advanceTimersByTimeAsync(1000);
    await stopping;
    expect(maxActive).toBe(1);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(150);
    expect(starts.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a failed write and keeps going; stop drops what is pending', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const flusher = new Flusher<string>(
      150,
      async () => {
        calls++;
        if (calls === 1) throw new Error('contention');
      },
      (e) => errors.push(e),
    );
    flusher.push('a');
    await vi.advanceTimersByTimeAsync(0);
    flusher.push('b');
    await vi.advanceTimersByTimeAsync(200);
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
    flusher.push('c');
    await flusher.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(2);
  });
});

describe('provider errors', () => {
  const apiError = (status: number) => OpenAI.APIError.generate(status, { message: 'x' }, 'x', new Headers());

  it.each([
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
  ])('status %i retryable: %s', (status, retryable) => {
    expect(isRetryable(apiError(status))).toBe(retryable);
  });

  it('turns failures into sentences a user understands, never the provider text', () => {
    expect(userMessageFor(apiError(401))).toMatch(/API key/);
    expect(userMessageFor(apiError(429))).toMatch(/busy/);
    expect(userMessageFor(apiError(503))).toMatch(/internal error/);
    expect(userMessageFor(new SyntaxError('Unexpected token'))).toMatch(/could not be read/);
    expect(userMessageFor(new Error('boom'))).toBe('Something went wrong while generating. Try again.');
    expect(isRetryable(new OpenAI.APIConnectionError({ message: 'reset' }))).toBe(true);
    expect(isRetryable(new OpenAI.APIUserAbortError())).toBe(false);
  });
});
