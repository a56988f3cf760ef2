import { expect, test } from '@playwright/test';
import { getAuth } from 'firebase-admin/auth';
import { createAccount } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

const SLOW = { timeout: 60_000 };

// An admin creates a course and a lesson with a live preview, publishes it, and a learner sees it
// appear in the catalog; unpublishing hides it again.
test('an admin authors and publishes a course that learners then see', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = uniqueEmail('x').split('-')[1]!;
  const root = await createAccount(`root-${suffix}@e2e.test`, `Root ${suffix}`);
  await getAuth().setCustomUserClaims(root.uid, { admin: true });
  const learner = await createAccount(`kid-${suffix}@e2e.test`, `Kid ${suffix}`);

  const adminPage = await (await browser.newContext()).newPage();
  await signInAndWait(adminPage, root.email, root.password);
  await adminPage.goto('/learn');
  await adminPage.getByRole('link', { name: 'Author courses' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Author courses' })).toBeVisible();

  const title = `Optics ${suffix}`;
  const form = adminPage.getByRole('form', { name: 'New course' });
  await form.getByLabel('Course id').fill(`optics-${suffix}`);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Summary').fill('Light and lenses.');
  await form.getByLabel('Tags (comma separated)').fill('light, lenses');
  await form.getByRole('button', { name: 'Save course' }).click();
  await expect(adminPage.getByText('Course created (draft)')).toBeVisible(SLOW);
  const row = adminPage.getByRole('list', { name: 'All courses' }).getByRole('listitem').filter({ hasText: title });
  await expect(row).toContainText('draft');

  // A lesson, with the markdown rendered live in the preview.
  await adminPage.getByRole('button', { name: 'New lesson' }).click();
  const editor = adminPage.getByRole('form', { name: 'Lesson editor' });
  await editor.getByLabel('Lesson id').fill('lenses');
  await editor.getByLabel('Lesson title').fill('Lenses');
  await editor.getByLabel('Markdown').fill('## Thin lens\n\n$\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}$');
  const preview = adminPage.getByRole('region', { name: 'Live preview' });
  await expect(preview.getByRole('heading', { name: 'Thin lens' })).toBeVisible();
  await expect(preview.locator('.katex').first()).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Simulation' })).toBeVisible(SLOW);
  // A broken quiz is explained and cannot be saved.
  await editor.getByLabel(/Quiz with answers/).fill('[{');
  await expect(editor.getByRole('alert')).toHaveText('The quiz is not valid JSON.');
  await expect(editor.getByRole('button', { name: 'Save lesson' })).toBeDisabled();
  await editor.getByLabel(/Quiz with answers/).fill(
    JSON.stringify([
      {
        id: 'q1',
        kind: 'numeric',
        prompt: 'f for u = v = 2 m?',
        unit: 'm',
        answer: { kind: 'numeric', value: 1, tolerance: 0.01 },
      },
    ]),
  );
  await editor.getByRole('button', { name: 'Save lesson' }).click();
  await expect(adminPage.getByText('Lesson added')).toBeVisible(SLOW);
  await expect(row).toContainText('1 lessons');

  // Drafts are invisible to learners; publishing shows the course live in their catalog.
  const learnerPage = await (await browser.newContext()).newPage();
  await signInAndWait(learnerPage, learner.email, learner.password);
  await learnerPage.goto('/learn');
  await expect(learnerPage.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(learnerPage.getByRole('link', { name: title })).toHaveCount(0);

  await row.getByRole('button', { name: `Publish ${title}` }).click();
  await expect(row).toContainText('published', SLOW);
  await expect(learnerPage.getByRole('link', { name: title })).toBeVisible(SLOW);

  await row.getByRole('button', { name: `Unpublish ${title}` }).click();
  await expect(row).toContainText('draft', SLOW);
  await expect(learnerPage.getByRole('link', { name: title })).toHaveCount(0, SLOW);
});
