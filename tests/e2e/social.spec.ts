import { expect, test, type Browser, type Page } from '@playwright/test';
import { getAuth } from 'firebase-admin/auth';
import { adminDb, createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, email, password);
  return page;
}

// Triggers cold-start one worker per function in the emulator; on a loaded machine the first run
// of each can take tens of seconds, so waits on function effects are generous.
async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Post, follow, see it arrive live in the follower's feed, like it (the count moves live for the
// author), report it, and a moderator removes it from the queue: it leaves the follower's feed.
test('post → follow → live feed → live like count → report → moderator removes it', async ({ browser }) => {
  test.setTimeout(480_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const alice = await createAccount(`alice-${suffix}@e2e.test`, `Alice ${suffix}`);
  const bob = await createAccount(`bob-${suffix}@e2e.test`, `Bob ${suffix}`);
  const mod = await createAccount(`mod-${suffix}@e2e.test`, `Mod ${suffix}`);
  await getAuth().setCustomUserClaims(mod.uid, { moderator: true });
  const alicePage = await signedInPage(browser, alice.email, alice.password);
  const bobPage = await signedInPage(browser, bob.email, bob.password);

  // Bob follows Alice from her profile; the follow is mirrored and counted by functions.
  await bobPage.goto(`/u/${alice.uid}`);
  await bobPage.getByRole('button', { name: `Follow ${alice.displayName}`, exact: true }).click();
  await expect(bobPage.getByRole('button', { name: `Following ${alice.displayName}`, exact: true })).toBeVisible();
  await until(
    async () => (await adminDb().doc(`users/${alice.uid}/followers/${bob.uid}`).get()).exists,
    'the follower mirror',
  );
  await expect(bobPage.getByRole('link', { name: '1' }).first()).toBeVisible({ timeout: 30_000 });

  // Bob watches his Following feed (empty so far) while Alice posts.
  await bobPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feed' }).click();
  await expect(bobPage.getByRole('heading', { name: 'Your feed is quiet' })).toBeVisible();

  const text = `Pendulums everywhere ${suffix}`;
  await alicePage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feed' }).click();
  await alicePage.getByLabel('What’s on your mind?').fill(text);
  await alicePage.getByLabel('Tags').fill('physics e2e');
  await alicePage.getByRole('button', { name: 'Post', exact: true }).click();
  const alicePost = alicePage.getByRole('article').filter({ hasText: text });
  await expect(alicePost).toBeVisible({ timeout: 60_000 });

  // It arrives live behind the "new posts" pill.
  await bobPage.getByRole('button', { name: '1 new post' }).click({ timeout: 150_000 });
  const bobPost = bobPage.getByRole('article').filter({ hasText: text });
  await expect(bobPost).toBeVisible();
  await expect(bobPost.getByRole('link', { name: '#physics' })).toBeVisible();

  // Bob likes it; Alice's count follows live (kept by the like trigger).
  await bobPost.getByRole('button', { name: 'Like' }).click();
  await expect(bobPost.getByRole('button', { name: 'Unlike' })).toBeVisible();
  await expect(alicePost.getByTestId('like-count')).toHaveText('1', { timeout: 150_000 });

  // Bob reports it with a reason.
  await bobPost.getByRole('button', { name: 'Report post' }).click();
  await bobPost.getByLabel('Why are you reporting this post?').fill('Misleading physics');
  await bobPost.getByRole('button', { name: 'Send report' }).click();
  await expect(bobPage.getByText('Thanks — moderators will review it.')).toBeVisible();

  // The moderator removes it from the queue.
  const modPage = await signedInPage(browser, mod.email, mod.password);
  await modPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click();
  const item = modPage.getByRole('listitem').filter({ hasText: text });
  await expect(item).toBeVisible({ timeout: 60_000 });
  await expect(item.getByText('Misleading physics')).toBeVisible();
  await item.getByRole('button', { name: 'Remove' }).click();
  await expect(modPage.getByText('Removed', { exact: true })).toBeVisible();
  await expect(item).toHaveCount(0);

  // Gone from Bob's feed; Alice sees why.
  await expect(bobPage.getByRole('article').filter({ hasText: text })).toHaveCount(0, { timeout: 150_000 });
  await expect(alicePost.getByText(/Removed by a moderator/)).toBeVisible({ timeout: 150_000 });
  const audit = await adminDb().collection('auditLog').where('actorId', '==', mod.uid).get();
  expect(audit.docs.map((d) => d.get('action'))).toEqual(['moderation.remove']);
});

test('search finds a post by a word prefix and a person by name', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const carol = await createAccount(`carol-${suffix}@e2e.test`, `Carol Searchable${suffix}`);
  const page = await signedInPage(browser, carol.email, carol.password);
  await page.goto('/feed');
  await page.getByLabel('What’s on your mind?').fill(`Gravitational lensing ${suffix}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('article').filter({ hasText: `Gravitational lensing ${suffix}` })).toBeVisible({
    timeout: 60_000,
  });
  await until(
    async () =>
      (await adminDb().collection('search').where('title', '==', `Gravitational lensing ${suffix}`).get()).size === 1,
    'index',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search people, posts, courses and rooms').fill(`gravitat ${suffix}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('link', { name: `Gravitational lensing ${suffix}` })).toBeVisible();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByLabel('Search people, posts, courses and rooms').fill(`searchable${suffix}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('link', { name: carol.displayName })).toBeVisible({ timeout: 30_000 });
});
