#!/usr/bin/env node
// Baseline figures: JS (gzip) needed for the first route, and emulator start-to-ready time.
//   npm run bench                 both
//   npm run bench -- --runs 3     average the emulator start over 3 runs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firebaseBin, ROOT } from '../scripts/lib/emulatorEnv.mjs';
import { buildFunctions, buildWebForEmulators, emulatorArgs, planOrExit } from '../scripts/lib/harness.mjs';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 1;
const plan = await planOrExit({ hosting: true });

// ---- first-route bundle ---------------------------------------------------------------------
await buildFunctions();
await buildWebForEmulators(plan);
const dist = join(ROOT, 'web', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** A chunk and everything it statically imports: what the browser must fetch before running it. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const homeKey = Object.keys(manifest).find((k) => k.endsWith('features/home/HomePage.tsx'));
const firstRoute = new Set([...closure(entryKey), ...closure(homeKey)]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const rows = [...firstRoute].map((k) => ({ file: manifest[k].file, gzip: gz(manifest[k].file) }));
const css = (manifest[entryKey].css ?? []).reduce((n, f) => n + gz(f), 0);
const totalJs = rows.reduce((n, r) => n + r.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log('\nFirst route (/) — JavaScript fetched before it renders, gzip -9:');
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${r.file.padEnd(40)} ${kb(r.gzip)}`);
console.log(`  ${'total JS'.padEnd(40)} ${kb(totalJs)}`);
console.log(`  ${'CSS'.padEnd(40)} ${kb(css)}`);

// ---- emulator start-to-ready ----------------------------------------------------------------
function startOnce() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(firebaseBin, emulatorArgs('emulators:start', plan), { cwd: ROOT, env: plan.env });
    let out = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error('emulators not ready after 180 s'));
    }, 180_000);
    child.stdout.on('data', (chunk) => {
      out = (out + chunk).slice(-4096);
      if (!ready && out.includes('All emulators ready')) {
        ready = true;
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        clearTimeout(timer);
        child.once('exit', () => resolve(seconds));
        child.kill('SIGINT');
      }
    });
  });
}

const times = [];
for (let i = 0; i < runs; i++) times.push(await startOnce());
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`\nEmulator start-to-ready (${plan.only.join(', ')}):`);
console.log(`  runs: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}   mean: ${mean.toFixed(1)} s`);
