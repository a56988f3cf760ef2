import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAndWait, uniqueEmail } from './helpers';
import { createAccount } from './accounts';

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email, password);
  return page;
}

// Two real browser contexts: they chat live, see each other typing, see presence change when one
// leaves, and a message written offline arrives after reconnecting.
test('two people chat in real time, with typing, mentions, presence and offline delivery', async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = uniqueEmail('x').split('-')[1];
  const ann = await createAccount(`ann-${suffix}@e2e.test`, `Ann ${suffix}`);
  const ben = await createAccount(`ben-${suffix}@e2e.test`, `Ben ${suffix}`);
  const annPage = await signedInPage(browser, ann.email, ann.password);
  const benPage = await signedInPage(browser, ben.email, ben.password);

  // Ann creates a public room.
  const roomName = `Lab ${suffix}`;
  await annPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await annPage.getByRole('button', { name: 'New room' }).click();
  await annPage.getByLabel('Name').fill(roomName);
  await annPage.getByRole('button', { name: 'Create room' }).click();
  await expect(annPage.getByRole('heading', { level: 1, name: `# ${roomName}` })).toBeVisible();

  // Ben finds it, previews it and joins.
  await benPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
  await benPage.getByRole('link', { name: new RegExp(roomName) }).click();
  await benPage.getByRole('button', { name: 'Join room' }).click();
  const benBox = benPage.getByLabel('Message', { exact: true });
  await expect(benBox).toBeVisible();

  // Ann sees Ben typing.
  await benBox.fill('Hi Ann');
  await expect(annPage.getByText(`Ben ${suffix} is typing…`)).toBeVisible();
  await benBox.press('Enter');
  await expect(annPage.getByRole('list', { name: 'Messages' }).getByText('Hi Ann')).toBeVisible();
  await expect(annPage.getByText(`Ben ${suffix} is typing…`)).toBeHidden();

  // Ann mentions Ben with autocomplete; Ben gets a notification.
  const annBox = annPage.getByLabel('Message', { exact: true });
  await annBox.fill('Welcome @Be');
  await annPage.getByRole('option', { name: `@Ben ${suffix}` }).click();
  await annBox.press('End');
  await annBox.pressSequentially('glad you came');
  await annBox.press('Enter');
  const benMessages = benPage.getByRole('list', { name: 'Messages' });
  await expect(benMessages.getByText(`@Ben ${suffix}`)).toBeVisible();
  await expect(benPage.getByRole('button', { name: /Notifications, 1 unread/ })).toBeVisible();
  await benPage.getByRole('button', { name: /Notifications/ }).click();
  await expect(benPage.getByText(`Ann ${suffix} mentioned you`)).toBeVisible();
  await benPage.keyboard.press('Escape');

  // Ben reacts; Ann sees the reaction.
  const annMessage = benMessages.getByRole('listitem').filter({ hasText: 'glad you came' });
  await annMessage.hover();
  await annMessage.getByRole('button', { name: 'Add reaction' }).click();
  await annMessage.getByRole('button', { name: 'React with 🎉' }).click();
  await expect(annPage.getByRole('button', { name: '🎉 1' })).toBeVisible();

  // A message written offline shows as pending and arrives after reconnecting.
  await benPage.context().setOffline(true);
  await benBox.fill('Written on the train');
  await benBox.press('Enter');
  const pending = benMessages.getByRole('listitem').filter({ hasText: 'Written on the train' });
  await expect(pending.getByText('Sending…')).toBeVisible();
  await annPage.waitForTimeout(1500);
  await expect(annPage.getByText('Written on the train')).toBeHidden();
  await benPage.context().setOffline(false);
  await expect(annPage.getByRole('list', { name: 'Messages' }).getByText('Written on the train')).toBeVisible({
    timeout: 15_000,
  });
  await expect(pending.getByText('Sending…')).toBeHidden();

  // Presence: Ann sees Ben online in the member list, then offline once Ben closes the app.
  await annPage.getByRole('button', { name: /Members \(2\)/ }).click();
  const members = annPage.getByRole('complementary', { name: 'Members' });
  await expect(
    members
      .getByRole('listitem')
      .filter({ hasText: `Ben ${suffix}` })
      .getByText('Online'),
  ).toBeVisible();
  await benPage.context().close();
  await expect(
    members
      .getByRole('listitem')
      .filter({ hasText: `Ben ${suffix}` })
      .getByText(/Offline/),
  ).toBeVisible({
    timeout: 15_000,
  });
  await annPage.context().close();
});

test('a direct message from a profile, with history and a read receipt', async ({ browser }) => {
  const suffix = uniqueEmail('y').split('-')[1];
  const cy = await createAccount(`cy-${suffix}@e2e.test`, `Cy ${suffix}`);
  const di = await createAccount(`di-${suffix}@e2e.test`, `Di ${suffix}`);
  const cyPage = await signedInPage(browser, cy.email, cy.password);
  const diPage = await signedInPage(browser, di.email, di.password);

  await cyPage.goto(`/u/${di.uid}`);
  await cyPage.getByRole('button', { name: 'Message' }).click();
  await expect(cyPage).toHaveURL(/\/chat\/dm_/);
  const box = cyPage.getByLabel('Message', { exact: true });
  await box.fill('Line one');
  await box.press('Shift+Enter');
  await box.pressSequentially('line two');
  await box.press('Enter');
  const mine = cyPage.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: 'Line one' });
  await expect(mine).toContainText('line two');

  await diPage.goto(cyPage.url());
  const diMessages = diPage.getByRole('list', { name: 'Messages' });
  await expect(diMessages.getByText('Line one')).toBeVisible();
  await expect(mine.getByText('Seen')).toBeVisible();

  // Edit and delete your own message.
  await mine.hover();
  await mine.getByRole('button', { name: 'Edit' }).click();
  await cyPage.getByLabel('Edit message').fill('Line one, edited');
  await cyPage.getByLabel('Edit message').press('Enter');
  await expect(diMessages.getByText('Line one, edited')).toBeVisible();
  await expect(diMessages.getByText('(edited)')).toBeVisible();
  cyPage.once('dialog', (d) => d.accept());
  const edited = cyPage
    .getByRole('list', { name: 'Messages' })
    .getByRole('listitem')
    .filter({ hasText: 'Line one, edited' });
  await edited.hover();
  await edited.getByRole('button', { name: 'Delete' }).click();
  await expect(diMessages.getByText('This message was deleted.')).toBeVisible();
  await cyPage.context().close();
  await diPage.context().close();
});
