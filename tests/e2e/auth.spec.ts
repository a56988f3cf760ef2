import { expect, test } from '@playwright/test';
import { signIn, signOut, signUp, uniqueEmail } from './helpers';

test('sign-in and sign-up explain what went wrong', async ({ page }) => {
  const email = uniqueEmail('errors');
  await signUp(page, { name: 'Erin', email, password: 'right-password-1' });
  await signOut(page);

  await signIn(page, email, 'wrong-password');
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');

  await page.goto('/signup');
  await page.getByLabel('Display name').fill('Erin Again');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('another-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText(/An account with this email already exists/);

  await page.getByLabel('Email').fill(uniqueEmail('weak'));
  await page.getByLabel('Password').fill('123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText(/too weak/);

  await page.getByLabel('Display name').fill('');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText('Display name is required.');
});

test('protected pages send visitors to sign in and back', async ({ page }) => {
  const email = uniqueEmail('guard');
  await signUp(page, { name: 'Gus', email, password: 'guard-password-1' });
  await signOut(page);

  await page.goto('/settings');
  await expect(page).toHaveURL(/\/signin\?next=%2Fsettings/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('guard-password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { name: 'Public profile' })).toBeVisible();

  // Members who are not admins cannot open the admin area.
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('password reset confirms without revealing accounts', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill('someone@e2e.test');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'reset link is on its way' })).toBeVisible();
});
