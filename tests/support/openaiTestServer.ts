// A local stand-in for the OpenAI HTTP API (the only stand-in the project allows): a node:http
// server on an ephemeral port whose routes each test scripts. Point the official `openai` client
// at `server.baseURL`. Route handlers for each endpoint live in their own files
// (openaiModerationHandlers.ts, ...); this file is only the server, routing and recording.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the /v1 prefix, e.g. "/moderations". */
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Handler = (request: RecordedRequest, res: ServerResponse) => void | Promise<void>;

export interface OpenAITestServer {
  /** e.g. http://127.0.0.1:41234/v1 — the `baseURL` option of the openai client. */
  baseURL: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Sets (or replaces) the handler of one endpoint, e.g. route('POST', '/moderations', handler). */
  route: (method: string, path: string, handler: Handler) => void;
  close: () => Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** An error in OpenAI's wire format, which the client turns into its typed APIError. */
export function sendError(res: ServerResponse, status: number, message: string, type = 'server_error'): void {
  sendJson(res, status, { error: { message, type, param: null, code: null } });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startOpenAITestServer(): Promise<OpenAITestServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname.replace(/^\/v1/, '');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body: await readBody(req),
      };
      requests.push(request);
      const handler = routes.get(`${request.method} ${path}`);
      if (!handler) return sendError(res, 404, `No test route for ${request.method} ${path}`, 'invalid_request_error');
      await handler(request, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, error instanceof Error ? error.message : String(error));
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    route: (method, path, handler) => routes.set(`${method.toUpperCase()} ${path}`, handler),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
