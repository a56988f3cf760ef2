import { describe, expect, it } from 'vitest';
import { traceIdOf } from './log';

describe('traceIdOf', () => {
  it('takes the trace part of X-Cloud-Trace-Context', () => {
    expect(traceIdOf('105445aa7843bc8bf206b12000100000/1;o=1')).toBe('105445aa7843bc8bf206b12000100000');
    expect(traceIdOf(['abc123/9'])).toBe('abc123');
  });
  it('makes a fresh 32-hex id when the header is missing or malformed', () => {
    for (const header of [undefined, '', '/1', 'not a trace/2']) {
      const id = traceIdOf(header);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(traceIdOf(undefined)).not.toBe(traceIdOf(undefined));
  });
});
