// Handlers for POST /v1/moderations, answering in OpenAI's wire format (omni-moderation-latest).
import { sendError, sendJson, type Handler } from './openaiTestServer';

export const OPENAI_MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

/** One result as the API returns it: every category present, the listed ones true. */
export function moderationResult(flaggedCategories: string[]) {
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const applied: Record<string, string[]> = {};
  for (const name of OPENAI_MODERATION_CATEGORIES) {
    categories[name] = flaggedCategories.includes(name);
    scores[name] = categories[name] ? 0.97 : 0.0012;
    applied[name] = ['text'];
  }
  return {
    flagged: flaggedCategories.length > 0,
    categories,
    category_scores: scores,
    category_applied_input_types: applied,
  };
}

/** Answers each input with the categories `classify` returns for it (none = not flagged). */
export function moderationHandler(classify: (input: string) => string[]): Handler {
  return (request, res) => {
    const body = request.body as { input?: unknown; model?: unknown } | null;
    const inputs = Array.isArray(body?.input) ? body.input : [body?.input];
    if (inputs.some((i) => typeof i !== 'string'))
      return sendError(res, 400, 'input must be text', 'invalid_request_error');
    sendJson(res, 200, {
      id: `modr-${Date.now()}`,
      model: typeof body?.model === 'string' ? body.model : 'omni-moderation-latest',
      results: (inputs as string[]).map((input) => moderationResult(classify(input))),
    });
  };
}

/** Fails every call with the given HTTP status (provider outage, bad key, rate limit...). */
export function failingHandler(status: number, message = 'The server had an error'): Handler {
  return (_request, res) => sendError(res, status, message);
}
