import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, email, password);
  return page;
}

// The local classifier runs in the emulator (no OpenAI key): an abusive message is flagged by the
// message trigger, its author sees it "under review" with the reason, the other member never does.
test('a flagged chat message disappears for the other user and shows "under review" to its author', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const alice = await createAccount(`alice-${suffix}@e2e.test`, `Alice ${suffix}`);
  const bob = await createAccount(`bob-${suffix}@e2e.test`, `Bob ${suffix}`);
  const alicePage = await signedInPage(browser, alice.email, alice.password);
  const bobPage = await signedInPage(browser, bob.email, bob.password);

  const roomName = `Moderated ${suffix}`;
  await alicePage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await alicePage.getByRole('button', { name: 'New room' }).click();
  await alicePage.getByLabel('Name').fill(roomName);
  await alicePage.getByRole('button', { name: 'Create room' }).click();
  await expect(alicePage.getByRole('heading', { level: 1, name: `# ${roomName}` })).toBeVisible();

  await bobPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await bobPage.getByRole('link', { name: new RegExp(roomName) }).click();
  await bobPage.getByRole('button', { name: 'Join room' }).click();
  const bobBox = bobPage.getByLabel('Message', { exact: true });
  const aliceMessages = alicePage.getByRole('list', { name: 'Messages' });
  const bobMessages = bobPage.getByRole('list', { name: 'Messages' });

  await bobBox.fill('Hi Alice');
  await bobBox.press('Enter');
  await expect(aliceMessages.getByText('Hi Alice')).toBeVisible();

  // Bob writes something abusive: once moderated, he sees why it is hidden.
  await bobBox.fill('You are an idiot, Alice');
  await bobBox.press('Enter');
  const flagged = bobMessages.getByRole('listitem').filter({ hasText: 'You are an idiot, Alice' });
  await expect(flagged.getByText('Under review')).toBeVisible({ timeout: 45_000 });
  await expect(flagged.getByRole('note')).toContainText('Contains abusive or insulting language');
  await expect(flagged.getByRole('note')).toContainText('Only you can see this message');

  // Alice does not see it (it may have shown for a moment before moderation finished)...
  await expect(aliceMessages.getByText('You are an idiot, Alice')).toHaveCount(0);
  // ...while the conversation goes on, and it stays gone after a reload.
  await bobBox.fill('Sorry, see you at the lab');
  await bobBox.press('Enter');
  await expect(aliceMessages.getByText('Sorry, see you at the lab')).toBeVisible();
  await expect(aliceMessages.getByText('You are an idiot, Alice')).toHaveCount(0);
  await alicePage.reload();
  await expect(alicePage.getByRole('list', { name: 'Messages' }).getByText('Sorry, see you at the lab')).toBeVisible();
  await expect(alicePage.getByText('You are an idiot, Alice')).toHaveCount(0);
  await expect(alicePage.getByRole('list', { name: 'Messages' }).getByText('Hi Alice')).toBeVisible();

  // Bob gets told in his notifications too.
  await expect(bobPage.getByRole('button', { name: /Notifications, 1 unread/ })).toBeVisible();
  await bobPage.getByRole('button', { name: /Notifications/ }).click();
  await expect(bobPage.getByText('Something you wrote is under review')).toBeVisible();
});
