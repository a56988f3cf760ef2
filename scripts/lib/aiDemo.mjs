// Keeps the AI studio usable with no OpenAI key: starts the local demo server (port 8787 + offset)
// and points the Functions emulator at it through functions/.env.local (git-ignored, read by the
// emulator only, overriding functions/.env). Skipped when a key is configured in
// functions/.secret.local or when .env.local is the user's own (it has no marker line).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, PORT_OFFSET, ROOT } from './emulatorEnv.mjs';
import { startOpenAIDemoServer } from './openaiDemoServer.mjs';

export const DEMO_PORT = 8787 + PORT_OFFSET;
const ENV_LOCAL = join(ROOT, 'functions', '.env.local');
const SECRET_LOCAL = join(ROOT, 'functions', '.secret.local');
const MARKER = '# Written by scripts/lib/aiDemo.mjs';

function keyConfigured() {
  return existsSync(SECRET_LOCAL) && /^OPENAI_API_KEY=\S+/m.test(readFileSync(SECRET_LOCAL, 'utf8'));
}

/** Starts the demo server unless a real provider is configured; returns it (or null) and a note. */
export async function startAiDemo(options = {}) {
  if (keyConfigured()) return { server: null, note: 'AI studio: OPENAI_API_KEY from functions/.secret.local' };
  if (existsSync(ENV_LOCAL) && !readFileSync(ENV_LOCAL, 'utf8').startsWith(MARKER))
    return { server: null, note: 'AI studio: using your functions/.env.local' };
  const server = await startOpenAIDemoServer({ host: HOST, port: DEMO_PORT, ...options });
  writeFileSync(
    ENV_LOCAL,
    `${MARKER} while the local demo server runs (no OpenAI key).\nOPENAI_BASE_URL=${server.baseURL}\n`,
  );
  return { server, note: `AI studio: demo server at ${server.baseURL} (no OpenAI key; results say "Demo output")` };
}

/** Stops the server and removes the .env.local it wrote. */
export async function stopAiDemo(demo) {
  if (!demo?.server) return;
  await demo.server.close();
  if (existsSync(ENV_LOCAL) && readFileSync(ENV_LOCAL, 'utf8').startsWith(MARKER)) rmSync(ENV_LOCAL);
}
