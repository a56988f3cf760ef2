import { z } from 'zod';
import { EVENT_ID_PATTERN, type AnalyticsEvent } from './events';

/**
 * The analytics event catalog: every product event, its typed payload, and nothing personal
 * beyond the user id (which the batch carries, not the payload). Clients send the events marked
 * `client`; the others are recorded by functions (`recordEvent` in functions/src/analytics), which
 * are the trustworthy source for what they count.
 */
const id = z.string().min(1).max(128);

export const eventPayloadSchemas = {
  /** A route was shown; the path is normalized (ids replaced by ":id"), no query string. */
  page_view: z.object({ path: z.string().min(1).max(120) }).strict(),
  /** A client error caught by the error boundary: the error's class name and the route only. */
  client_error: z.object({ name: z.string().min(1).max(80), path: z.string().min(1).max(120) }).strict(),
  sign_up: z.object({ method: z.enum(['password', 'google', 'github', 'unknown']) }).strict(),
  message_sent: z.object({ roomId: id }).strict(),
  post_created: z.object({ postId: id }).strict(),
  generation_requested: z.object({ type: z.enum(['code', 'api', 'ui', 'cli', 'chat']) }).strict(),
  course_enrolled: z.object({ courseId: id }).strict(),
  lesson_completed: z.object({ courseId: id, lessonId: id }).strict(),
  course_completed: z.object({ courseId: id }).strict(),
  certificate_minted: z.object({ courseId: id }).strict(),
} as const;

export type AnalyticsEventName = keyof typeof eventPayloadSchemas;
export type EventPayload<N extends AnalyticsEventName> = z.infer<(typeof eventPayloadSchemas)[N]>;

export const ANALYTICS_EVENT_NAMES = Object.keys(eventPayloadSchemas) as AnalyticsEventName[];

const baseEventSchema = z
  .object({
    id: z.string().regex(EVENT_ID_PATTERN, 'event id: 8–64 letters, digits, _ or -'),
    name: z.enum(ANALYTICS_EVENT_NAMES as [AnalyticsEventName, ...AnalyticsEventName[]]),
    at: z.number().int().nonnegative(),
    props: z.record(z.string(), z.unknown()),
  })
  .strict();

/** Parses one event and its payload against the catalog; returns null for anything malformed. */
export function parseEvent(value: unknown): AnalyticsEvent | null {
  const base = baseEventSchema.safeParse(value);
  if (!base.success) return null;
  const props = eventPayloadSchemas[base.data.name].safeParse(base.data.props);
  if (!props.success) return null;
  return { ...base.data, props: props.data } as AnalyticsEvent;
}
