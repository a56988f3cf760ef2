import { expect, test } from '@playwright/test';

test('unknown addresses show a helpful 404 page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go home' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the theme toggle switches and remembers the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: /Theme: system/ }).click(); // system -> light
  await page.getByRole('button', { name: /Theme: light/ }).click(); // light -> dark
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('the shell is keyboard navigable with a skip link and labelled navigation', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(8);
});

test('the app is installable and works offline from the service worker', async ({ page, context }) => {
  await page.goto('/');
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    return href
      ? ((await (await fetch(href)).json()) as { name: string; display: string; icons: { sizes: string }[] })
      : null;
  });
  expect(manifest?.name).toBe('Aether');
  expect(manifest?.display).toBe('standalone');
  expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Aether home' })).toBeVisible();
  await expect(page.getByText('You are offline')).toBeVisible();
  await context.setOffline(false);
});

test('the layout adapts to a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const box = await nav.boundingBox();
  expect(box?.y).toBeGreaterThan(600); // a bottom tab bar on phones
  expect(box?.width).toBeLessThanOrEqual(375);
});
