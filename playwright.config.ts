import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/browser.mjs';

// End-to-end tests drive Debian's Chromium against the app served by the Hosting emulator
// (scripts/test.mjs builds the web app and starts the emulators first).
export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder; keep it apart from the other reports in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL: process.env.AETHER_E2E_URL ?? `http://127.0.0.1:${5000 + (Number(process.env.AETHER_PORT_OFFSET) || 0)}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
