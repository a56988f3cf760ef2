// Bundles the functions (and the shared @aether/common code they import) into lib/index.js.
// Runtime dependencies listed in package.json stay external and are installed by Cloud Build.
import { build, context } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const options = {
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: Object.keys(pkg.dependencies ?? {}),
  absWorkingDir: new URL('.', import.meta.url).pathname,
};

if (process.argv.includes('--watch')) {
  const ctx = await context(options);
  await ctx.watch();
  console.log('functions: watching src/ for changes');
} else {
  await build(options);
}
