#!/usr/bin/env node
// The whole suite, as CI runs it: lint, typecheck, unit tests, then one emulator session for the
// rules, functions-integration and end-to-end tests. Ends with one line: "tests: N passed, N failed".
//   node scripts/test.mjs              everything
//   node scripts/test.mjs --only e2e   a single stage: lint | typecheck | unit | emulated | e2e
//   node scripts/test.mjs --only e2e --files tests/e2e/chat.spec.ts   only these test files
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/emulatorEnv.mjs';
import { startAiDemo, stopAiDemo } from './lib/aiDemo.mjs';
import { buildFunctions, buildWebForEmulators, execWithEmulators, planOrExit } from './lib/harness.mjs';
import { run } from './lib/run.mjs';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : null;
const filesIndex = process.argv.indexOf('--files');
const files = filesIndex > 0 ? process.argv.slice(filesIndex + 1).join(' ') : '';
const wants = (stage) => !only || only === stage;
const results = join(ROOT, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const timings = [];
async function stage(name, fn) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const code = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${code === 0 ? '✓' : '✗'} ${name} (${seconds}s)`);
  if (code !== 0) finish(code);
}

function counts() {
  let passed = 0;
  let failed = 0;
  for (const file of ['unit.json', 'emulated.json']) {
    const path = join(results, file);
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const e2e = join(results, 'e2e.json');
  if (existsSync(e2e)) {
    const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}

function finish(code) {
  console.log(`\n━━ summary ━━\n${timings.join('\n')}`);
  const { passed, failed } = counts();
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=test-results/${name}.json`];
const e2eWanted = !only || only === 'e2e';
const emulatedWanted = !only || only === 'emulated';

if (wants('lint')) await stage('lint', () => run('npm', ['run', 'lint', '--silent'], { cwd: ROOT }));
if (wants('typecheck')) await stage('typecheck', () => run('npm', ['run', 'typecheck', '--silent'], { cwd: ROOT }));
if (wants('unit')) {
  await stage('unit', () =>
    run('npx', ['vitest', 'run', '--project', 'unit', ...vitestJson('unit'), ...(files ? files.split(' ') : [])], {
      cwd: ROOT,
    }),
  );
}
if (emulatedWanted || e2eWanted) {
  const plan = await planOrExit({ hosting: e2eWanted });
  await stage('build', async () => {
    await buildFunctions();
    // Short presence timings so the end-to-end tests see someone go offline within seconds.
    if (e2eWanted)
      await buildWebForEmulators(plan, { VITE_PRESENCE_HEARTBEAT_MS: '2000', VITE_PRESENCE_STALE_MS: '6000' });
    return 0;
  });
  const commands = [];
  if (emulatedWanted) {
    commands.push(`npx vitest run --project rules --project integration ${vitestJson('emulated').join(' ')} ${files}`);
  }
  if (e2eWanted) commands.push(`npx playwright test ${files}`);
  const label = [emulatedWanted && 'rules + integration', e2eWanted && 'end-to-end'].filter(Boolean).join(' + ');
  // The AI studio's trigger streams from the local demo server (no API key needed).
  const aiDemo = await startAiDemo();
  console.log(aiDemo.note);
  await stage(`${label} (emulators)`, async () => {
    try {
      return await execWithEmulators({ ...plan, env: { ...plan.env, CI: 'true' } }, commands.join(' && '));
    } finally {
      await stopAiDemo(aiDemo);
    }
  });
}
finish(0);
