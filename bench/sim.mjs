#!/usr/bin/env node
// Simulation benchmark (`npm run bench:sim`):
//  1. Node: cost of one fixed step (1/60 s) of the sandbox with 100, 500 and 1,000 bodies — the same
//     cannon-es code the Web Worker and the grading function run. Goal: 500 bodies ≥ 60 steps/s.
//  2. Headless Chromium: the app's worker + three.js InstancedMesh scene for the same counts; frame
//     interval, render time and worker step time (software WebGL: SwiftShader, no GPU here).
// Options: --counts 100,500,1000  --steps 300  --seconds 5  --no-browser
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/lib/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, '.cache/bench-sim');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const COUNTS = arg('counts', '100,500,1000').split(',').map(Number);
const STEPS = Number(arg('steps', 300));
const SECONDS = Number(arg('seconds', 5));
mkdirSync(OUT, { recursive: true });

const bundle = (entry, outfile, platform) =>
  build({
    entryPoints: [join(ROOT, entry)],
    outfile: join(OUT, outfile),
    bundle: true,
    format: 'esm',
    platform,
    // In Node, cannon-es and zod are imported from node_modules as they are (ESM).
    ...(platform === 'node' ? { packages: 'external' } : {}),
    logLevel: 'error',
    minify: platform === 'browser',
  });

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const fmt = (n) => n.toFixed(2).padStart(8);

// ---- 1. Node ---------------------------------------------------------------------------------
await bundle('common/src/simulation/engine.ts', 'engine.mjs', 'node');
const { Simulation } = await import(join(OUT, 'engine.mjs'));
console.log(
  `Node ${process.version}, ${STEPS} steps of 1/60 s from the start (bodies falling and colliding; the costliest phase)`,
);
console.log('bodies   mean ms    p95 ms    max ms   steps/s   ≥60/s   CPU ms/step  steps/s on CPU time');
const nodeRows = [];
for (const count of COUNTS) {
  const sim = new Simulation({ kind: 'sandbox', params: { count }, seed: 42 });
  const times = [];
  // CPU time of this process as well as wall time: on a shared, loaded machine wall time mostly
  // measures waiting for a core; CPU time is what a step costs.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < STEPS; i++) {
    const t0 = performance.now();
    sim.step(1);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / STEPS;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const row = { count, mean, p95: pct(times, 0.95), max: Math.max(...times), perSecond: 1000 / mean, cpuMs };
  nodeRows.push(row);
  console.log(
    `${String(count).padStart(6)} ${fmt(row.mean)} ${fmt(row.p95)} ${fmt(row.max)} ${fmt(row.perSecond)}   ${row.perSecond >= 60 ? 'yes' : 'NO '}   ${fmt(row.cpuMs)}     ${fmt(1000 / row.cpuMs)}`,
  );
}

// ---- 2. Headless Chromium ---------------------------------------------------------------------
if (!process.argv.includes('--no-browser')) {
  await bundle('bench/sim/browser-entry.ts', 'main.js', 'browser');
  await bundle('web/src/features/simulation/sim.worker.ts', 'worker.js', 'browser');
  writeFileSync(
    join(OUT, 'index.html'),
    '<!doctype html><div id="view" style="width:960px;height:540px"></div><script type="module" src="./main.js"></script>',
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    try {
      const body = readFileSync(join(OUT, path.replace(/\.\./g, '')));
      res.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  // Software WebGL (SwiftShader): this machine has no GPU.
  const args = [
    ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
    `--explicitly-allowed-ports=${port}`,
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(`http://127.0.0.1:${port}/?counts=${COUNTS.join(',')}&seconds=${SECONDS}`);
    const results = await page.waitForFunction(
      () => globalThis.__benchResult ?? (globalThis.__benchError ? { error: globalThis.__benchError } : null),
      null,
      {
        timeout: (SECONDS * COUNTS.length + 60) * 1000,
      },
    );
    const value = await results.jsonValue();
    if (value.error) throw new Error(value.error);
    console.log(
      `\nHeadless Chromium ${browser.version()} (SwiftShader software WebGL), sandbox for ${SECONDS} s each, 960×540`,
    );
    console.log(
      'bodies  webgl  frames  frame ms (mean/p95)  render ms (mean/p95)  worker ms per tick (mean/p95)  sim s / wall s',
    );
    for (const r of value) {
      console.log(
        `${String(r.count).padStart(6)}  ${r.webgl ? 'yes' : 'no '}   ${String(r.frames).padStart(6)}  ${fmt(r.frameMs.mean)} /${fmt(r.frameMs.p95)}   ${fmt(r.renderMs.mean)} /${fmt(r.renderMs.p95)}    ${fmt(r.workerStepMs.mean)} /${fmt(r.workerStepMs.p95)}          ${r.simSeconds} / ${r.wallSeconds}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
