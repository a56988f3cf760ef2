import { defineInt } from 'firebase-functions/params';
import { DEMO_API_KEY, isRealApiKey, OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL } from '../shared/openai';

/** Generations per user per UTC day; admins are exempt. Value in functions/.env. */
export const AI_DAILY_LIMIT = defineInt('AI_DAILY_LIMIT', { default: 50 });

export interface AiConfig {
  /** Empty with no base URL: the studio is not configured. */
  apiKey: string;
  /** Empty: api.openai.com. */
  baseURL: string;
  model: string;
  dailyLimit: number;
  /** Minimum time between two output writes to the generation document. */
  flushMs: number;
  /** Attempts for 429 / 5xx / connection failures before any output arrived. */
  maxAttempts: number;
  retryBaseMs: number;
  /** A streaming run holds the generation this long without a flush before another may take it. */
  leaseMs: number;
  /** Per-request timeout of the provider call. */
  timeoutMs: number;
}

export const AI_DEFAULTS = {
  flushMs: 150,
  maxAttempts: 4,
  retryBaseMs: 500,
  leaseMs: 120_000,
  timeoutMs: 120_000,
} as const;

/**
 * The deployed configuration. With no key but a base URL (the local demo server `npm start` runs,
 * or a keyless Ollama/vLLM) a placeholder key is sent; moderation treats it as "no key".
 */
export function aiConfigFromParams(): AiConfig {
  const secret = OPENAI_API_KEY.value() || '';
  const baseURL = OPENAI_BASE_URL.value() || '';
  return {
    apiKey: isRealApiKey(secret) ? secret : baseURL ? DEMO_API_KEY : '',
    baseURL,
    model: OPENAI_MODEL.value() || 'gpt-4o-mini',
    dailyLimit: AI_DAILY_LIMIT.value(),
    ...AI_DEFAULTS,
  };
}
