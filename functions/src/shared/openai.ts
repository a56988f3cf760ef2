import { defineSecret, defineString } from 'firebase-functions/params';

/**
 * OpenAI configuration shared by the AI studio and moderation. The key is a secret; the base URL
 * and model are parameters, so any OpenAI-compatible server (Ollama, vLLM, a proxy, the local demo
 * server started by `npm start`) works. Values live in functions/.env (and .secret.local for the
 * key under the emulator); see README "OpenAI".
 */
export const OPENAI_API_KEY = defineSecret('OPENAI_API_KEY');
export const OPENAI_BASE_URL = defineString('OPENAI_BASE_URL', { default: '' });
export const OPENAI_MODEL = defineString('OPENAI_MODEL', { default: 'gpt-4o-mini' });

/** Sent when no key is configured but a base URL is (the local demo server, a keyless Ollama). */
export const DEMO_API_KEY = 'aether-demo-key';

/** A key that can reach OpenAI: not empty and not the demo placeholder. */
export function isRealApiKey(key: string | null | undefined): key is string {
  return Boolean(key) && key !== DEMO_API_KEY;
}
