/** A message fit for a person, from whatever an SDK threw. */
export function errorMessage(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code.endsWith('permission-denied')) return 'You do not have permission to do that.';
    if (code.endsWith('unavailable')) return 'The service is unreachable. Check your connection.';
    if (code.endsWith('unauthenticated')) return 'Please sign in again.';
  }
  if (error instanceof Error && error.message && !error.message.startsWith('Firebase')) return error.message;
  return fallback;
}
