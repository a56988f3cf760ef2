#!/usr/bin/env node
// `npm start`: the whole of Aether on this machine, offline, with demo data.
//   node scripts/start.mjs         emulators + the production build served by the Hosting emulator
//   node scripts/start.mjs --dev   emulators + Vite dev server with hot reload, functions rebuilt on save
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS } from './lib/demoData.mjs';
import { firebaseBin, HOST, PORTS, ROOT } from './lib/emulatorEnv.mjs';
import { startAiDemo, stopAiDemo } from './lib/aiDemo.mjs';
import { buildFunctions, buildWebForEmulators, emulatorArgs, planOrExit } from './lib/harness.mjs';

const dev = process.argv.includes('--dev');
const started = Date.now();
const plan = await planOrExit({ hosting: !dev });

console.log('\nBuilding…');
await buildFunctions();
if (!dev) await buildWebForEmulators(plan);

mkdirSync(join(ROOT, '.cache'), { recursive: true });
const logPath = join(ROOT, '.cache', 'emulators.log');
const log = createWriteStream(logPath);
const aiDemo = await startAiDemo();
console.log(aiDemo.note);
console.log(`Starting the emulators (full log: ${logPath})…`);
const children = [];
const emulators = spawn(firebaseBin, emulatorArgs('emulators:start', plan), { cwd: ROOT, env: plan.env });
children.push(emulators);
// Expected on this setup and explained in the README; hidden to keep the console readable.
const EXPECTED_NOISE =
  /MetadataLookupWarning|node --trace-warnings|CLI MOTD|Env variable override|Emulator UI is not starting|outdated version of firebase-functions|breaking changes when you upgrade|doesn't match your global version/;
const echo = (chunk) => {
  log.write(chunk);
  for (const line of chunk.toString().split('\n')) {
    // Show problems and function logs; the rest stays in the log file.
    if (/error|⚠|^>/i.test(line) && !EXPECTED_NOISE.test(line)) console.log(line);
  }
};
emulators.stdout.on('data', echo);
emulators.stderr.on('data', echo);
emulators.on('exit', (code) => {
  console.log(`Emulators stopped (exit ${code}).`);
  for (const child of children) if (child !== emulators) child.kill('SIGTERM');
  void stopAiDemo(aiDemo).finally(() => process.exit(code ?? 0));
});

function stop() {
  console.log('\nStopping…');
  for (const child of children) child.kill('SIGINT');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// firebase-tools prints this once every emulator is up and the functions' triggers are registered;
// an account created before then would not get its profile.
const READY_LINE = 'All emulators ready';
let output = '';
function waitForEmulators() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the emulators were not ready after 3 minutes; see ${logPath}`)),
      180_000,
    );
    const check = (chunk) => {
      output = (output + chunk.toString()).slice(-4096);
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        emulators.stdout.off('data', check);
        resolve();
      }
    };
    emulators.stdout.on('data', check);
  });
}

await waitForEmulators();
const ready = ((Date.now() - started) / 1000).toFixed(1);
const seedCode = await new Promise((resolve) => {
  const child = spawn('node', ['scripts/seed.mjs'], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', resolve);
});
if (seedCode !== 0) console.error('Seeding failed; the app still runs without demo data.');

let appUrl = `http://${HOST}:${PORTS.hosting}`;
if (dev) {
  appUrl = 'http://127.0.0.1:5173';
  const env = { ...process.env, VITE_STORAGE_ENABLED: plan.storage.available ? 'true' : 'false' };
  children.push(spawn('npm', ['run', 'dev', '-w', 'web', '--', '--strictPort'], { cwd: ROOT, stdio: 'inherit', env }));
  children.push(spawn('npm', ['run', 'build:watch', '-w', 'functions'], { cwd: ROOT, stdio: 'inherit' }));
}

const accounts = DEMO_USERS.map(
  (u) => `   ${u.email.padEnd(22)} ${DEMO_PASSWORD}${u.claims?.admin ? '   (admin)' : ''}`,
).join('\n');
console.log(`
✔ Aether is running (emulators ready in ${ready}s)

   App              ${appUrl}
   Auth emulator    http://${HOST}:${PORTS.auth}
   Firestore        http://${HOST}:${PORTS.firestore}
   Functions        http://${HOST}:${PORTS.functions}
   Storage          ${plan.storage.available ? `http://${HOST}:${PORTS.storage}` : 'not available on this machine (avatar uploads disabled)'}

 Demo accounts (email / password):
${accounts}

 Press Ctrl-C to stop. Data is reset on every start.
`);
