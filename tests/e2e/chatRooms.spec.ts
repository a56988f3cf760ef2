import { expect, test } from '@playwright/test';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb, createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

test('a private room is visible to invited members only, and members can invite more', async ({ browser }) => {
  const suffix = uniqueEmail('p').split('-')[1];
  const [owner, guest, outsider, late] = await Promise.all(
    ['Olga', 'Gil', 'Otto', 'Lea'].map((n) => createAccount(`${n.toLowerCase()}-${suffix}@e2e.test`, `${n} ${suffix}`)),
  );
  const ownerPage = await (await browser.newContext()).newPage();
  await signInAndWait(ownerPage, owner!.email, owner!.password);
  await ownerPage.goto('/chat');
  await ownerPage.getByRole('button', { name: 'New room' }).click();
  await ownerPage.getByLabel('Name').fill(`Secret ${suffix}`);
  await ownerPage.getByLabel('Private: only people you invite').check();
  await ownerPage.getByLabel(`Gil ${suffix}`).check();
  await ownerPage.getByRole('button', { name: 'Create room' }).click();
  await expect(ownerPage.getByRole('heading', { level: 1, name: `🔒 Secret ${suffix}` })).toBeVisible();
  const roomUrl = ownerPage.url();

  const guestPage = await (await browser.newContext()).newPage();
  await signInAndWait(guestPage, guest!.email, guest!.password);
  await guestPage.goto('/chat');
  await expect(guestPage.getByRole('navigation', { name: 'Rooms' }).getByText(`Secret ${suffix}`)).toBeVisible();

  const outsiderPage = await (await browser.newContext()).newPage();
  await signInAndWait(outsiderPage, outsider!.email, outsider!.password);
  await outsiderPage.goto(roomUrl);
  await expect(outsiderPage.getByRole('heading', { name: 'This room is private' })).toBeVisible();

  // A member invites someone else later, from the member list.
  await ownerPage.getByRole('button', { name: /Members \(2\)/ }).click();
  await ownerPage.getByLabel('Invite someone').selectOption({ label: `Lea ${suffix}` });
  await ownerPage.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(ownerPage.getByRole('button', { name: /Members \(3\)/ })).toBeVisible();
  await expect
    .poll(async () =>
      (await adminDb().doc(new URL(roomUrl).pathname.replace('/chat/', 'rooms/')).get()).get('memberIds'),
    )
    .toContain(late!.uid);
  for (const page of [ownerPage, guestPage, outsiderPage]) await page.context().close();
});

// One page of 50 plus an older page: enough to prove scrolling back, light on the trigger's work.
const TOTAL = 65;

test('history loads 50 messages at a time as you scroll back', async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueEmail('h').split('-')[1];
  const reader = await createAccount(`reader-${suffix}@e2e.test`, `Reader ${suffix}`);
  const roomId = `history-${suffix}`;
  const db = adminDb();
  const start = Date.now() - 3 * 3_600_000;
  await db.doc(`rooms/${roomId}`).set({
    name: `History ${suffix}`,
    topic: '',
    type: 'public',
    memberIds: [reader.uid],
    createdBy: reader.uid,
    createdAt: Timestamp.fromMillis(start),
    lastMessage: null,
    lastMessageAt: Timestamp.fromMillis(start),
  });
  const batch = db.batch();
  for (let i = 0; i < TOTAL; i++) {
    batch.set(db.doc(`rooms/${roomId}/messages/m${String(i).padStart(3, '0')}`), {
      authorId: reader.uid,
      text: `History message ${i}`,
      createdAt: Timestamp.fromMillis(start + i * 60_000),
      editedAt: null,
      deleted: false,
      reactions: {},
      replyTo: null,
      mentions: [],
    });
  }
  await batch.commit();
  // Let the message trigger catch up with the burst before a person opens the room.
  for (let i = 0; i < 240; i++) {
    const last = (await db.doc(`rooms/${roomId}`).get()).get('lastMessage.text');
    if (last === `History message ${TOTAL - 1}`) break;
    await new Promise((r) => setTimeout(r, 250));
  }

  await signInAndWait(page, reader.email, reader.password);
  await page.goto(`/chat/${roomId}`);
  const list = page.getByRole('list', { name: 'Messages' });
  await expect(list.getByText(`History message ${TOTAL - 1}`, { exact: true })).toBeVisible();
  await expect(list.getByText('History message 0', { exact: true })).toHaveCount(0);
  // Scrolling to the top loads older pages until the beginning of the conversation.
  for (let i = 0; i < 5 && !(await page.getByText('This is the beginning of the conversation.').isVisible()); i++) {
    await list.getByRole('listitem').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
  }
  await expect(page.getByText('This is the beginning of the conversation.')).toBeVisible();
  await expect(list.getByText('History message 0', { exact: true })).toBeVisible();
  await expect(list.getByText(/^History message \d+$/)).toHaveCount(TOTAL);
});
