import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it.each([
    [{ code: 'permission-denied' }, 'You do not have permission to do that.'],
    [{ code: 'functions/permission-denied' }, 'You do not have permission to do that.'],
    [{ code: 'unavailable' }, 'The service is unreachable. Check your connection.'],
    [new Error('Only administrators can do this.'), 'Only administrators can do this.'],
    [new Error('Firebase: internal detail'), 'Something went wrong. Please try again.'],
    ['weird', 'Something went wrong. Please try again.'],
  ])('%j -> %s', (error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
