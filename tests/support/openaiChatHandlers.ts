// Handlers for POST /v1/chat/completions in OpenAI's wire format: JSON answers and SSE streams
// (`data: {chat.completion.chunk}` events, a final usage chunk when stream_options.include_usage,
// then `data: [DONE]`), as the official client parses them.
import type { ServerResponse } from 'node:http';
import { sendError, type Handler, type RecordedRequest } from './openaiTestServer';

export interface StreamRecord {
  /** When the first content chunk was written (Date.now()). */
  firstTokenAt: number | null;
  /** The stream was sent to the end. */
  finished: boolean;
  /** The client closed the connection before the end (e.g. an AbortController fired). */
  closedEarly: boolean;
}

export interface StreamOptions {
  chunks: string[];
  /** Pause before each chunk. */
  intervalMs?: number;
  model?: string;
}

/** Splits text into `n` roughly equal chunks. */
export function chunksOf(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n);
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size)).filter(Boolean);
}

const chunk = (id: string, model: string, delta: Record<string, unknown>, finish: string | null = null) => ({
  id,
  object: 'chat.completion.chunk',
  created: Math.floor(Date.now() / 1000),
  model,
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
});

function writeEvent(res: ServerResponse, data: unknown) {
  res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Streams `chunks` with `intervalMs` between them. Every call appends a StreamRecord to
 * `records`, so a test can see the first-token time and whether the client hung up early.
 */
export function streamingChatHandler(options: StreamOptions, records: StreamRecord[] = []): Handler {
  return async (request: RecordedRequest, res: ServerResponse) => {
    const body = request.body as { model?: string; stream?: boolean; stream_options?: { include_usage?: boolean } };
    if (body?.stream !== true) return sendError(res, 400, 'this test route only streams', 'invalid_request_error');
    const record: StreamRecord = { firstTokenAt: null, finished: false, closedEarly: false };
    records.push(record);
    res.on('close', () => {
      if (!record.finished) record.closedEarly = true;
    });
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const id = `chatcmpl-${Date.now()}`;
    const model = options.model ?? body.model ?? 'gpt-test';
    writeEvent(res, chunk(id, model, { role: 'assistant', content: '' }));
    for (const text of options.chunks) {
      if (options.intervalMs) await wait(options.intervalMs);
      if (record.closedEarly) return;
      if (record.firstTokenAt === null) record.firstTokenAt = Date.now();
      writeEvent(res, chunk(id, model, { content: text }));
    }
    writeEvent(res, chunk(id, model, {}, 'stop'));
    if (body.stream_options?.include_usage) {
      const completion = options.chunks.length;
      writeEvent(res, {
        id,
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [],
        usage: { prompt_tokens: 12, completion_tokens: completion, total_tokens: 12 + completion },
      });
    }
    writeEvent(res, '[DONE]');
    record.finished = true;
    res.end();
  };
}

/** One good chunk, then an event that is not JSON, then the connection ends. */
export function malformedStreamHandler(): Handler {
  return (_request, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    writeEvent(res, chunk('chatcmpl-bad', 'gpt-test', { content: 'Hel' }));
    res.write('data: {"id": "chatcmpl-bad", "choices": [ {broken\n\n');
    res.end();
  };
}

/** Answers the n-th call with the n-th handler (the last one repeats). */
export function sequence(...handlers: Handler[]): Handler {
  let call = 0;
  return (request, res) => handlers[Math.min(call++, handlers.length - 1)]!(request, res);
}
