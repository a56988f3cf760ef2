import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { signIn, signOut, signUp, uniqueEmail } from './helpers';

test('an admin bans a member from the admin page, and the profile shows it', async ({ page }) => {
  // Two sign-ups, a script and a callable: generous on a loaded machine (never asserted on).
  test.setTimeout(120_000);
  const memberEmail = uniqueEmail('member');
  const memberName = `Mallory ${memberEmail.split('-')[1]}`;
  await signUp(page, { name: memberName, email: memberEmail, password: 'member-pass-1' });
  await signOut(page);

  const adminEmail = uniqueEmail('admin');
  await signUp(page, { name: 'Ada Admin', email: adminEmail, password: 'admin-pass-1' });
  await signOut(page);
  execFileSync('node', ['scripts/grant-admin.mjs', adminEmail]);
  await signIn(page, adminEmail, 'admin-pass-1');

  await page.getByRole('link', { name: 'Admin' }).click();
  const row = page.getByRole('listitem').filter({ hasText: memberName });
  await row.getByRole('button', { name: 'Ban', exact: true }).click();
  // A callable: a cold function can be slow on a loaded machine.
  await expect(page.getByText('Account suspended.')).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText('Suspended', { exact: true })).toBeVisible();

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: memberName })).toBeVisible();
  await expect(page.getByText('Suspended', { exact: true })).toBeVisible();
});
