import { expect, test } from '@playwright/test';
import { createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

// The studio against the real trigger in the Functions emulator, which streams from the local
// demo server the test harness starts (no OpenAI key): the result is labelled "Demo output".
test('generate a UI component, see it render in the sandboxed preview, and find it in history after reload', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const suffix = uniqueEmail('x').split('-')[1]!;
  const user = await createAccount(`studio-${suffix}@e2e.test`, `Studio ${suffix}`);
  await signInAndWait(page, user.email, user.password);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'AI Studio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'AI Studio' })).toBeVisible();
  await page.getByRole('radio', { name: 'UI component' }).check();
  const prompt = `A pricing card ${suffix}`;
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByRole('button', { name: 'Generate', exact: true }).click();

  // Streams in, then finishes; the code is highlighted and the component runs in the preview.
  await expect(page.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('Demo output')).toBeVisible();
  await expect(page.getByLabel('Generated code').locator('.hljs-tag').first()).toBeVisible();
  const iframe = page.locator('iframe[title="Preview of the generated component"]');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  const preview = page.frameLocator('iframe[title="Preview of the generated component"]');
  await expect(preview.getByRole('heading', { name: 'Demo plan' })).toBeVisible();
  // Its own script runs inside the sandbox.
  await preview.getByRole('button', { name: 'Get started' }).click();
  await expect(preview.getByRole('status')).toHaveText('Clicked 1 time');

  // Refine: a second immutable version that continues from the first; compare them.
  await page.getByLabel('Refine this version').fill('make it green');
  await page.getByRole('button', { name: 'Refine' }).click();
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await expect(page.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: /^v1/ }).click();
  await expect(page.getByRole('heading', { name: 'Version 1' })).toBeVisible();

  // History survives a reload and reopens the result.
  await page.goto('/studio/history');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const entry = page.getByRole('list', { name: 'Generations and conversations' }).getByRole('link', { name: prompt });
  await expect(entry).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Search prompts').fill('no such prompt');
  await expect(entry).toHaveCount(0);
  await page.getByLabel('Search prompts').fill(suffix);
  await page.getByLabel('Type').selectOption('ui');
  await entry.click();
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Demo plan' })).toBeVisible();

  // Offline, what was loaded still shows: the app shell from the service worker, the history and
  // the result from Firestore's persistent cache.
  await page.goto('/studio/history');
  await expect(entry).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('You are offline')).toBeVisible();
  await expect(entry).toBeVisible({ timeout: 30_000 });
  await entry.click();
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await context.setOffline(false);
});

test('the assistant streams a reply and offers to open a generation request in the studio', async ({ page }) => {
  test.setTimeout(150_000);
  const suffix = uniqueEmail('x').split('-')[1]!;
  const user = await createAccount(`assistant-${suffix}@e2e.test`, `Assistant ${suffix}`);
  await signInAndWait(page, user.email, user.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assistant' }).click();
  await page.getByLabel('Message', { exact: true }).fill('make me a CLI that counts words in a file');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('demo output', { exact: false }).first()).toBeVisible({ timeout: 90_000 });
  await page.getByRole('link', { name: 'Open in studio' }).click();
  await expect(page.getByRole('radio', { name: 'CLI tool' })).toBeChecked();
  await expect(page.getByLabel('Prompt')).toHaveValue('make me a CLI that counts words in a file');
});
