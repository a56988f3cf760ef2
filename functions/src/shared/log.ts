import { logger } from 'firebase-functions/v2';

/**
 * Structured logs for every function: one JSON entry per line with a severity, the message, the
 * trace id (the request's X-Cloud-Trace-Context trace, or the event id for triggers — it is the
 * same for every redelivery of one event) and the user id when known. Cloud Logging indexes
 * `logging.googleapis.com/trace`, so one request's or event's lines can be pulled up together.
 */
export type Severity = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface LogContext {
  traceId?: string;
  uid?: string;
  /** The function's name, e.g. "chat-onMessageCreated". */
  fn?: string;
}

export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** The same logger with more context (e.g. the uid once it is known). */
  with(context: LogContext): Log;
}

function errorFields(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLog(context: LogContext = {}): Log {
  const write = (severity: Severity, message: string, fields: Record<string, unknown> = {}) => {
    const entry: Record<string, unknown> = { severity, message };
    if (context.fn) entry.fn = context.fn;
    if (context.traceId) {
      entry.traceId = context.traceId;
      const project = process.env.GCLOUD_PROJECT;
      if (project) entry['logging.googleapis.com/trace'] = `projects/${project}/traces/${context.traceId}`;
    }
    if (context.uid) entry.uid = context.uid;
    for (const [key, value] of Object.entries(fields)) entry[key] = errorFields(value);
    logger.write(entry as Parameters<typeof logger.write>[0]);
  };
  return {
    debug: (m, f) => write('DEBUG', m, f),
    info: (m, f) => write('INFO', m, f),
    warn: (m, f) => write('WARNING', m, f),
    error: (m, f) => write('ERROR', m, f),
    with: (more) => createLog({ ...context, ...more }),
  };
}

/** The trace id of an HTTP request: the trace part of X-Cloud-Trace-Context, or a fresh one. */
export function traceIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const trace = value?.split('/')[0]?.trim();
  if (trace && /^[A-Za-z0-9-]{1,64}$/.test(trace)) return trace;
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

/** Logger for a callable or HTTPS request. */
export function requestLog(
  fn: string,
  request: { rawRequest?: { header(name: string): string | undefined }; auth?: { uid: string } },
): Log {
  return createLog({
    fn,
    traceId: traceIdOf(request.rawRequest?.header('x-cloud-trace-context')),
    ...(request.auth ? { uid: request.auth.uid } : {}),
  });
}

/** Logger for an event trigger: the event id is the trace id (stable across redeliveries). */
export function eventLog(fn: string, event: { id: string }, uid?: string): Log {
  return createLog({ fn, traceId: event.id, ...(uid ? { uid } : {}) });
}
