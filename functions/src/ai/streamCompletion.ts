import type { ChatTurn, GenerationUsage } from '@aether/common';
import OpenAI from 'openai';
import { isAbort, isRetryable } from './errors';

export interface ProviderConfig {
  apiKey: string;
  baseURL: string;
  model: string;
  maxAttempts: number;
  retryBaseMs: number;
  timeoutMs: number;
}

export interface StreamResult {
  output: string;
  model: string;
  usage: GenerationUsage | null;
  /** Attempts made (1 = no retry). */
  attempts: number;
  /** The request was aborted (cancellation); output is what arrived before. */
  aborted: boolean;
}

export interface StreamCallbacks {
  /** Called with the whole output so far after each content delta. */
  onText: (output: string) => void;
  /** Called once per attempt that is retried, with the delay before the next one. */
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The streaming core shared by the studio and the assistant: one chat completion through the
 * official client with `stream: true` and usage included. 429 / 5xx / connection failures before
 * the first token are retried with exponential backoff (the client's own retries are off so the
 * count is ours); `signal` aborts the HTTP request. Throws the last error when it cannot finish.
 */
export async function streamCompletion(
  config: ProviderConfig,
  messages: ChatTurn[],
  signal: AbortSignal,
  callbacks: StreamCallbacks,
  maxOutput = Infinity,
): Promise<StreamResult> {
  const client = new OpenAI({
    apiKey: config.apiKey,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
  let output = '';
  for (let attempt = 1; ; attempt++) {
    let model = config.model;
    let usage: GenerationUsage | null = null;
    try {
      const stream = await client.chat.completions.create(
        { model: config.model, messages, stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      for await (const chunk of stream) {
        if (chunk.model) model = chunk.model;
        if (chunk.usage) {
          usage = {
            promptTokens: chunk.usage.prompt_tokens ?? 0,
            completionTokens: chunk.usage.completion_tokens ?? 0,
            totalTokens: chunk.usage.total_tokens ?? 0,
          };
        }
        const delta = chunk.choices?.[0]?.delta?.content;
        if (typeof delta === 'string' && delta) {
          output += delta;
          if (output.length >= maxOutput) {
            output = output.slice(0, maxOutput);
            callbacks.onText(output);
            break;
          }
          callbacks.onText(output);
        }
      }
      // The client ends the iteration quietly when the request is aborted.
      return { output, model, usage, attempts: attempt, aborted: signal.aborted };
    } catch (error) {
      if (signal.aborted || isAbort(error)) return { output, model, usage, attempts: attempt, aborted: true };
      // Once text reached the user, a silent restart would duplicate it: fail instead.
      if (output || attempt >= config.maxAttempts || !isRetryable(error)) throw error;
      const delayMs = config.retryBaseMs * 2 ** (attempt - 1);
      callbacks.onRetry?.(attempt, delayMs, error);
      await sleep(delayMs, signal);
      if (signal.aborted) return { output, model, usage, attempts: attempt, aborted: true };
    }
  }
}
