/** Firestore Timestamp (or a pending server timestamp, which reads as null) to epoch ms. */
export function toMillis(value: unknown): number | null {
  if (value && typeof value === 'object' && 'toMillis' in value && typeof value.toMillis === 'function') {
    return (value as { toMillis: () => number }).toMillis();
  }
  return null;
}
