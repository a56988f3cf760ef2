// functions/.env.local is read by the Functions emulator only and overrides functions/.env. Several
// harness parts point the functions at local services through it (the AI demo server, the local
// Solana chain): each owns one block, headed by its marker line, and rewrites only that block.
// Lines outside every block are the user's own and are never touched.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './emulatorEnv.mjs';

export const ENV_LOCAL = join(ROOT, 'functions', '.env.local');
const marker = (owner) => `# written by the Aether harness: ${owner}`;
const MARKER_PREFIX = '# written by the Aether harness: ';

function read() {
  const user = [];
  const blocks = new Map();
  let current = null;
  const lines = existsSync(ENV_LOCAL) ? readFileSync(ENV_LOCAL, 'utf8').split('\n') : [];
  for (const line of lines) {
    if (line.startsWith(MARKER_PREFIX)) {
      current = line.slice(MARKER_PREFIX.length);
      blocks.set(current, []);
    } else if (line.trim() === '') {
      current = null;
    } else if (current) {
      blocks.get(current).push(line);
    } else {
      user.push(line);
    }
  }
  return { user, blocks };
}

function write({ user, blocks }) {
  const parts = [];
  if (user.length) parts.push(user.join('\n'));
  for (const [owner, lines] of blocks) if (lines.length) parts.push([marker(owner), ...lines].join('\n'));
  if (parts.length === 0) rmSync(ENV_LOCAL, { force: true });
  else writeFileSync(ENV_LOCAL, `${parts.join('\n\n')}\n`);
}

/** The user's own value for a key (outside the harness blocks), if any. */
export function userValue(key) {
  const line = read().user.find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : undefined;
}

/** Replaces this owner's block with these values ({} removes it). */
export function setLocalEnv(owner, values) {
  const state = read();
  state.blocks.set(
    owner,
    Object.entries(values).map(([k, v]) => `${k}=${v}`),
  );
  write(state);
}
