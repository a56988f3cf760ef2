import { expect, test, type Browser, type Page } from '@playwright/test';
import { getAuth } from 'firebase-admin/auth';
import { createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email, password);
  return page;
}

/** Turns the analytics consent on in Settings (it is off by default). */
async function consentToAnalytics(page: Page) {
  await page.goto('/settings');
  const box = page.getByRole('checkbox', { name: /Share usage analytics/ });
  await box.check();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

async function kpi(page: Page, label: string): Promise<number> {
  const card = page.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });
  return Number((await card.locator('.kpi-value').innerText()).replace(/\D/g, ''));
}

async function refresh(admin: Page) {
  await admin.getByRole('button', { name: 'Refresh now' }).click();
  await expect(admin.getByText('Analytics updated.').last()).toBeVisible({ timeout: 60_000 });
}

// Two members browse (with analytics consent) and chat; an admin refreshes the dashboard and sees
// their activity in the KPI cards, the chart's data, the funnel and the top rooms.
test('activity by two users shows up in an admin’s analytics', async ({ browser }) => {
  test.setTimeout(180_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const boss = await createAccount(`boss-${suffix}@e2e.test`, `Boss ${suffix}`);
  await getAuth().setCustomUserClaims(boss.uid, { admin: true });
  const ann = await createAccount(`ann-${suffix}@e2e.test`, `Ann ${suffix}`);
  const ben = await createAccount(`ben-${suffix}@e2e.test`, `Ben ${suffix}`);

  const admin = await signedInPage(browser, boss.email, boss.password);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await refresh(admin);
  const messagesBefore = await kpi(admin, 'Messages (7 days)');
  const viewsBefore = await kpi(admin, 'Page views (7 days)');
  const signUpsBefore = await kpi(admin, 'Sign-ups (7 days)');
  expect(signUpsBefore).toBeGreaterThanOrEqual(3);

  const annPage = await signedInPage(browser, ann.email, ann.password);
  const benPage = await signedInPage(browser, ben.email, ben.password);
  await consentToAnalytics(annPage);
  await consentToAnalytics(benPage);

  const roomName = `Metrics ${suffix}`;
  await annPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await annPage.getByRole('button', { name: 'New room' }).click();
  await annPage.getByLabel('Name').fill(roomName);
  await annPage.getByRole('button', { name: 'Create room' }).click();
  await expect(annPage.getByRole('heading', { level: 1, name: `# ${roomName}` })).toBeVisible();
  await benPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await benPage.getByRole('link', { name: new RegExp(roomName) }).click();
  await benPage.getByRole('button', { name: 'Join room' }).click();
  for (const [page, text] of [
    [annPage, 'First numbers'],
    [benPage, 'Counting along'],
  ] as const) {
    const box = page.getByLabel('Message', { exact: true });
    await box.fill(text);
    await box.press('Enter');
    await expect(page.getByRole('list', { name: 'Messages' }).getByText(text)).toBeVisible();
  }
  // Page views are batched: hiding the tab (here: going elsewhere and signing the page away) flushes.
  for (const page of [annPage, benPage]) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }

  // The triggers count the messages and page views; the admin refreshes until they are in.
  await expect(async () => {
    await refresh(admin);
    expect(await kpi(admin, 'Messages (7 days)')).toBeGreaterThanOrEqual(messagesBefore + 2);
    expect(await kpi(admin, 'Page views (7 days)')).toBeGreaterThanOrEqual(viewsBefore + 4);
  }).toPass({ timeout: 90_000, intervals: [2_000, 5_000] });

  // The chart is drawn, the top rooms list has the room with both messages, the funnel counts them.
  await expect(admin.locator('.recharts-surface').first()).toBeVisible();
  const topRooms = admin.getByRole('region', { name: 'Top rooms' });
  await expect(topRooms.getByRole('listitem').filter({ hasText: roomName })).toContainText('2 messages');
  const sentMessage = admin
    .getByRole('list', { name: 'Funnel steps' })
    .getByRole('listitem')
    .filter({ hasText: 'Sent a message' });
  expect(Number((await sentMessage.locator('strong').innerText()).trim())).toBeGreaterThanOrEqual(2);

  // Phone-sized screen: nothing in the admin page sticks out sideways (wide tables scroll inside
  // their card). The shell's own bottom tab bar is the shell's business, so only <main> is checked.
  await admin.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(() =>
      admin.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter((el) => {
            const box = el.getBoundingClientRect();
            // Wide tables scroll inside their card; screen-reader-only content is clipped.
            const clipped = el.closest('.table-scroll, .visually-hidden');
            return box.width > 0 && box.right > window.innerWidth + 1 && !clipped;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      ),
    )
    .toEqual([]);
  await expect(admin.getByRole('list', { name: 'Key figures' })).toBeVisible();
});

test('an admin finds a user by email and grants, then revokes, the moderator role', async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const boss = await createAccount(`boss2-${suffix}@e2e.test`, `Boss ${suffix}`);
  await getAuth().setCustomUserClaims(boss.uid, { admin: true });
  const cara = await createAccount(`cara-${suffix}@e2e.test`, `Cara ${suffix}`);
  const admin = await signedInPage(browser, boss.email, boss.password);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();

  await admin.getByRole('searchbox', { name: /Search users/ }).fill(cara.email);
  await admin.getByRole('button', { name: 'Search', exact: true }).click();
  const row = admin.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  // Callables can take a while on a loaded machine (a cold function): generous timeouts.
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toContainText(cara.email);
  await row.getByRole('button', { name: 'Grant moderator' }).click();
  await expect(admin.getByText(`Cara ${suffix} is now a moderator.`)).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText('Moderator', { exact: true })).toBeVisible({ timeout: 30_000 });
  await row.getByRole('button', { name: 'Revoke moderator' }).click();
  await expect(admin.getByText(`Cara ${suffix} is no longer a moderator.`)).toBeVisible({ timeout: 30_000 });
  expect((await getAuth().getUser(cara.uid)).customClaims?.moderator).toBeUndefined();
});

test('GET /health through the hosting rewrite reports Firestore and the providers', async ({ request }) => {
  const res = await request.get('/health', { timeout: 60_000 });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; firestore: { reachable: boolean }; providers: object };
  expect(body.status).toBe('ok');
  expect(body.firestore.reachable).toBe(true);
  expect(Object.keys(body.providers).sort()).toEqual(['openai', 'solana']);
});
