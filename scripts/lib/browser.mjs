// Launch options for Debian's Chromium: Playwright's own browser download is unavailable offline.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error('Chromium not found. Install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  // A port offset can land hosting on a port Chromium blocks (6000 is X11: ERR_UNSAFE_PORT).
  `--explicitly-allowed-ports=${5000 + (Number(process.env.AETHER_PORT_OFFSET) || 0)}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchOptions() {
  return {
    executablePath: chromiumPath(),
    headless: true,
    // Playwright's launch() already uses a fresh temporary profile directory.
    args: CHROMIUM_ARGS,
  };
}
