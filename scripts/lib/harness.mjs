// Shared by the npm scripts: plan the emulators, build what they serve, and run them.
import {
  describePlan,
  emulatorConfigArgs,
  emulatorPlan,
  firebaseBin,
  PORT_OFFSET,
  PROJECT_ID,
  ROOT,
  SetupError,
} from './emulatorEnv.mjs';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runOrExit } from './run.mjs';
import { startSolanaForEmulators } from './solanaHarness.mjs';

/** The emulator plan, or a plain explanation and exit when this machine cannot run them. */
export async function planOrExit(options) {
  try {
    const plan = await emulatorPlan(options);
    console.log(describePlan(plan));
    // The local Solana chain lives in this process for as long as the emulators run.
    plan.solana = await startSolanaForEmulators();
    return plan;
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`✗ Cannot start the Firebase emulators.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

export async function buildFunctions() {
  await runOrExit('npm', ['run', 'build', '--silent', '-w', 'functions'], { cwd: ROOT });
}

/** Builds the web app for the local emulators (the embedded default configuration). */
export async function buildWebForEmulators(plan, extraEnv = {}) {
  await runOrExit('npm', ['run', 'build', '--silent', '-w', 'web', '--', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: {
      ...process.env,
      VITE_STORAGE_ENABLED: plan.storage.available ? 'true' : 'false',
      VITE_EMULATOR_PORT_OFFSET: String(PORT_OFFSET),
      ...extraEnv,
    },
  });
}

export function emulatorArgs(mode, plan, command) {
  const args = [mode, ...emulatorConfigArgs(), '--project', PROJECT_ID, '--only', plan.only.join(',')];
  if (command) args.push(command);
  return args;
}

// Emulator chatter (info lines, function logs) goes to a log file; the command's own output,
// warnings and errors stay on the console.
const EMULATOR_CHATTER = /^(i {2}|> {2}|✔ {2}|\s*$)|MetadataLookupWarning|node --trace-warnings/;

// eslint-disable-next-line no-control-regex
const isChatter = (line) => EMULATOR_CHATTER.test(line.replace(/\x1b\[[0-9;]*m/g, ''));

/** Runs `command` with the emulators up, then stops them; resolves with its exit code. */
export function execWithEmulators(plan, command) {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const logPath = join(ROOT, '.cache', 'emulators-exec.log');
  const log = createWriteStream(logPath);
  console.log(`(emulator log: ${logPath})`);
  return new Promise((resolve, reject) => {
    const child = spawn(firebaseBin, emulatorArgs('emulators:exec', plan, command), {
      cwd: ROOT,
      env: { ...plan.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const forward = (stream, target) => {
      let partial = '';
      stream.on('data', (chunk) => {
        log.write(chunk);
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) if (!isChatter(line)) target.write(`${line}\n`);
      });
      stream.on('end', () => partial && !isChatter(partial) && target.write(`${partial}\n`));
    };
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('exit', (code) => log.end(() => resolve(code ?? 1)));
  });
}
