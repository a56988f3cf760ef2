import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';

/** Parses callable input with a zod schema; bad input becomes a clear invalid-argument error. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new HttpsError('invalid-argument', message);
}
