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
