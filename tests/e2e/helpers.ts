import { expect, type Page } from '@playwright/test';

let counter = 0;
/** A unique email per test run, so tests never collide with each other or with demo data. */
export function uniqueEmail(name: string): string {
  return `${name}-${Date.now().toString(36)}-${++counter}@e2e.test`;
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto('/signup');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  // The profile write has reached the server once this toast shows.
  await expect(page.getByText(`Welcome to Aether, ${name}!`)).toBeVisible({ timeout: 15_000 });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in and waits until the app shows the signed-in shell (so a following goto is not redirected). */
export async function signInAndWait(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole('link', { name: 'Your profile' })).toBeVisible({ timeout: 15_000 });
}

export async function signOut(page: Page) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
}
