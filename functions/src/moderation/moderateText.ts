import { classifyText, type ContentKind, type ModerationVerdict } from '@aether/common';
import { createLog } from '../shared/log';
import OpenAI from 'openai';
import { isRealApiKey, OPENAI_API_KEY, OPENAI_BASE_URL } from '../shared/openai';
import { verdictFromOpenAI } from './openaiCategories';

export const OPENAI_MODERATION_MODEL = 'omni-moderation-latest';

export interface ModerationConfig {
  /** Empty, missing or the demo placeholder selects the local classifier. */
  apiKey?: string;
  /** Empty uses OpenAI's own endpoint. */
  baseURL?: string;
  timeoutMs?: number;
}

/**
 * The deployed configuration. Functions that moderate must list OPENAI_API_KEY in their
 * `secrets`; with no value (emulator without functions/.secret.local) the key reads as empty and
 * the local classifier is used.
 */
export function moderationConfigFromParams(): ModerationConfig {
  return { apiKey: OPENAI_API_KEY.value() || '', baseURL: OPENAI_BASE_URL.value() || '' };
}

/**
 * THE moderation entry point for every piece of user-written text (messages, posts, comments,
 * profiles) and for generation prompts (kind 'generation'): OpenAI's moderation endpoint when a key
 * is configured, the local classifier otherwise — and also when the provider fails, so a provider
 * outage never blocks posting (the failure is logged).
 */
export async function moderateText(
  text: string,
  kind: ContentKind,
  config: ModerationConfig = moderationConfigFromParams(),
): Promise<ModerationVerdict> {
  if (!text.trim()) return { flagged: false, categories: [], reason: null, source: 'local' };
  // The demo placeholder key (no real key configured) keeps moderation local and offline.
  if (!isRealApiKey(config.apiKey)) return classifyText(text, kind);
  try {
    const client = new OpenAI({
      apiKey: config.apiKey,
      ...(config.baseURL ? { baseURL: config.baseURL } : {}),
      timeout: config.timeoutMs ?? 10_000,
      maxRetries: 1,
    });
    const response = await client.moderations.create({ model: OPENAI_MODERATION_MODEL, input: text });
    const result = response.results[0];
    if (!result) throw new Error('the moderation response had no result');
    return verdictFromOpenAI(result as unknown as Parameters<typeof verdictFromOpenAI>[0]);
  } catch (error) {
    createLog({ fn: 'moderation' }).warn('OpenAI moderation failed; using the local classifier', {
      kind,
      error: error instanceof Error ? error.message : String(error),
    });
    return classifyText(text, kind);
  }
}
