// Renders web/public/favicon.svg into the PNG icons the web manifest needs (run once; output is committed).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchOptions } from './lib/browser.mjs';

const svg = readFileSync('web/public/favicon.svg', 'utf8');
const targets = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
  // Maskable icons keep their artwork inside the central 80% safe zone.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.12, background: '#4a3bd0' },
];

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
for (const t of targets) {
  const inner = Math.round(t.size * (1 - 2 * t.padding));
  await page.setViewportSize({ width: t.size, height: t.size });
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${t.size}px;height:${t.size}px;background:${t.background ?? 'transparent'}">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `web/public/icons/${t.file}`, omitBackground: !t.background });
  console.log('wrote', t.file);
}
await browser.close();
