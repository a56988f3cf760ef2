// Keeps the AI studio usable with no OpenAI key: starts the local demo server (port 8787 + offset)
// and points the Functions emulator at it through its block of functions/.env.local (see
// functionsEnvLocal.mjs). Skipped when a key is configured in functions/.secret.local or when the
// user set their own OPENAI_BASE_URL in functions/.env.local.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, PORT_OFFSET, ROOT } from './emulatorEnv.mjs';
import { setLocalEnv, userValue } from './functionsEnvLocal.mjs';
import { startOpenAIDemoServer } from './openaiDemoServer.mjs';

export const DEMO_PORT = 8787 + PORT_OFFSET;
const SECRET_LOCAL = join(ROOT, 'functions', '.secret.local');

function keyConfigured() {
  return existsSync(SECRET_LOCAL) && /^OPENAI_API_KEY=\S+/m.test(readFileSync(SECRET_LOCAL, 'utf8'));
}

/** Starts the demo server unless a real provider is configured; returns it (or null) and a note. */
export async function startAiDemo(options = {}) {
  if (keyConfigured()) return { server: null, note: 'AI studio: OPENAI_API_KEY from functions/.secret.local' };
  if (userValue('OPENAI_BASE_URL') !== undefined)
    return { server: null, note: 'AI studio: using OPENAI_BASE_URL from your functions/.env.local' };
  const server = await startOpenAIDemoServer({ host: HOST, port: DEMO_PORT, ...options });
  setLocalEnv('AI demo server (no OpenAI key)', { OPENAI_BASE_URL: server.baseURL });
  return { server, note: `AI studio: demo server at ${server.baseURL} (no OpenAI key; results say "Demo output")` };
}

/** Stops the server and removes its block from functions/.env.local. */
export async function stopAiDemo(demo) {
  if (!demo?.server) return;
  await demo.server.close();
  setLocalEnv('AI demo server (no OpenAI key)', {});
}
