import OpenAI from 'openai';

/** Provider failures worth another attempt: rate limits, server errors, dropped connections. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof OpenAI.APIUserAbortError) return false;
  if (error instanceof OpenAI.APIConnectionError) return true;
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    return status === 429 || status === 408 || status >= 500;
  }
  return false;
}

export function isAbort(error: unknown): boolean {
  return error instanceof OpenAI.APIUserAbortError || (error instanceof Error && error.name === 'AbortError');
}

/** A sentence the user understands, for the generation's `error` field. */
export function userMessageFor(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'The AI provider took too long to answer. Try again.';
  if (error instanceof OpenAI.APIConnectionError)
    return 'Could not reach the AI provider. Check the connection (OPENAI_BASE_URL) and try again.';
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    if (status === 401 || status === 403)
      return 'The AI provider refused the API key. An administrator must update it.';
    if (status === 429) return 'The AI provider is busy (rate limited). Wait a minute and try again.';
    if (status === 404) return 'The configured AI model is not available on this provider.';
    if (status === 400) return 'The AI provider could not process this request. Try rephrasing the prompt.';
    if (status >= 500) return 'The AI provider had an internal error. Try again in a moment.';
  }
  if (error instanceof SyntaxError || (error instanceof Error && /JSON|parse/i.test(error.message)))
    return 'The AI provider sent a response that could not be read. Try again.';
  return 'Something went wrong while generating. Try again.';
}
