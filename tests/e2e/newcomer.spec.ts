import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// The journey of a new user: sign up, edit the profile, reload and stay signed in, go offline
// and see the indicator, edit while offline, come back and find the edit synced.
test('a newcomer signs up, edits their profile, survives a reload and works offline', async ({
  page,
  context,
  browser,
}) => {
  const email = uniqueEmail('newcomer');
  await signUp(page, { name: 'Nia Newcomer', email, password: 'orbit-42-long' });

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Public profile' })).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('Nia Newcomer');
  await page.getByLabel('Display name').fill('Nia N.');
  await page.getByRole('textbox', { name: 'Bio' }).fill('Learning orbital mechanics.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();

  // Private settings show the account's email, visible to its owner only.
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nia N.' })).toBeVisible();
  await expect(page.getByText('Learning orbital mechanics.')).toBeVisible();
  const profileUrl = page.url();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nia N.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Your profile' })).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText('You are offline')).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Bio' }).fill('Edited on a plane.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('changes will sync when you reconnect').first()).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText('You are offline')).toBeHidden();

  // A visitor in a separate browser context sees the edit made offline.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(profileUrl);
  await expect(visitorPage.getByText('Edited on a plane.')).toBeVisible({ timeout: 15_000 });
  await visitor.close();
});

test('private profiles hide their bio from visitors', async ({ page, browser }) => {
  await signUp(page, { name: 'Quiet Quinn', email: uniqueEmail('quinn'), password: 'orbit-42-long' });
  await page.goto('/settings');
  await page.getByLabel('Only signed-in members').check();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByText('Private profile')).toBeVisible();

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(page.url());
  await expect(visitorPage.getByRole('heading', { name: 'This profile is not available' })).toBeVisible();
  await visitor.close();
});
