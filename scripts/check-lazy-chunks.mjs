#!/usr/bin/env node
// Build check: three.js and cannon-es must reach the browser only through the lazily loaded
// simulation panel (and its worker). Reads web/dist/.vite/manifest.json and each chunk's source
// map, walks every route's static imports, and fails if a route other than the simulation panel
// pulls in three or cannon-es. Run after `npm run build -w web`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../web/dist/', import.meta.url).pathname;
const manifestPath = join(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No build manifest: run `npm run build -w web` first.');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const HEAVY = /node_modules\/(three|cannon-es)\//;
const ALLOWED = /src\/features\/simulation\/SimulationPanel\.tsx$/;

const heavyCache = new Map();
function heavyModules(file) {
  if (!heavyCache.has(file)) {
    const mapPath = join(DIST, `${file}.map`);
    const sources = existsSync(mapPath) ? JSON.parse(readFileSync(mapPath, 'utf8')).sources : [];
    heavyCache.set(file, [...new Set(sources.filter((s) => HEAVY.test(s)).map((s) => s.match(HEAVY)[1]))]);
  }
  return heavyCache.get(file);
}

function staticClosure(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}

const problems = [];
let checked = 0;
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry && !chunk.isDynamicEntry) continue;
  checked++;
  const heavy = [...staticClosure(key)].flatMap((k) =>
    heavyModules(manifest[k].file).map((m) => `${m} (in ${manifest[k].file})`),
  );
  if (ALLOWED.test(key)) {
    if (!heavy.some((h) => h.startsWith('three'))) problems.push(`${key} should contain three.js but does not`);
    if (heavy.some((h) => h.startsWith('cannon-es')))
      problems.push(`${key} bundles cannon-es: it belongs in the worker`);
  } else if (heavy.length) problems.push(`${key} loads ${[...new Set(heavy)].join(', ')}`);
}
const worker =
  Object.values(manifest).length && existsSync(join(DIST, 'assets'))
    ? (await import('node:fs')).readdirSync(join(DIST, 'assets')).find((f) => /^sim\.worker-.*\.js$/.test(f))
    : undefined;
if (!worker) problems.push('no sim.worker-*.js asset was emitted');
else if (!heavyModules(`assets/${worker}`).includes('cannon-es')) problems.push(`${worker} does not contain cannon-es`);

if (problems.length) {
  console.error(`lazy chunks: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `lazy chunks: ok — ${checked} routes/entries checked; three.js only in the simulation panel, cannon-es only in ${worker}`,
);
