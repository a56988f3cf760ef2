#!/usr/bin/env node
// Starts the Firebase emulator suite on this machine, offline if need be. Usage:
//   node scripts/emulators.mjs start [--no-hosting]              run until Ctrl-C
//   node scripts/emulators.mjs exec "<command>" [--no-hosting]   run a command against them, then stop
import { firebaseBin, ROOT } from './lib/emulatorEnv.mjs';
import { buildFunctions, emulatorArgs, execWithEmulators, planOrExit } from './lib/harness.mjs';
import { run } from './lib/run.mjs';

const [mode, ...rest] = process.argv.slice(2);
const hosting = !rest.includes('--no-hosting');
const command = rest.find((arg) => !arg.startsWith('--'));

if (mode !== 'start' && !(mode === 'exec' && command)) {
  console.error('Usage: node scripts/emulators.mjs start | exec "<command>" [--no-hosting]');
  process.exit(2);
}

const plan = await planOrExit({ hosting });
await buildFunctions();
const code =
  mode === 'exec'
    ? await execWithEmulators(plan, command)
    : await run(firebaseBin, emulatorArgs('emulators:start', plan), { cwd: ROOT, env: plan.env });
process.exit(code);
