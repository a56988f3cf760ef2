import { expect, test } from '@playwright/test';
import { writeCourse, type SeedCourse } from '../../scripts/lib/courses.mjs';
import { getAuth } from 'firebase-admin/auth';
import { adminDb } from './accounts';
import { signInAndWait, uniqueEmail } from './helpers';

function course(id: string, title: string): SeedCourse {
  return {
    id,
    title,
    summary: 'Launch a ball, then play in the sandbox.',
    level: 'beginner',
    durationMinutes: 15,
    tags: ['physics', 'e2e'],
    lessons: [
      {
        id: 'launch',
        title: 'Launch',
        markdown: 'The range is $$R = \\frac{v^2 \\sin 2\\theta}{g}$$ <img src=x onerror="window.__xss=1">',
        simulation: {
          kind: 'projectile',
          params: { speed: 20, angleDeg: 45, gravity: 9.81, mass: 1 },
          seed: 1,
          challenge: { goal: 'Land the ball 30 m away (±1 m).', metric: 'range', target: 30, tolerance: 1 },
        },
        quiz: [
          { id: 'angle', kind: 'single', prompt: 'Which angle goes furthest?', choices: ['30°', '45°', '60°'] },
          { id: 'g', kind: 'numeric', prompt: 'What is g on Earth?', unit: 'm/s²' },
        ],
        answers: {
          angle: { kind: 'single', correct: 1 },
          g: { kind: 'numeric', value: 9.81, tolerance: 0.05 },
        },
      },
      {
        id: 'sandbox',
        title: 'Sandbox',
        markdown: 'Play with **many** balls.',
        simulation: {
          kind: 'sandbox',
          params: { count: 60, gravity: 9.81, restitution: 0.4, friction: 0.3, mass: 1 },
          seed: 7,
          challenge: null,
        },
        quiz: [],
        answers: {},
      },
    ],
  };
}

// Each first call of a callable cold-starts a function process in the emulator: seconds under load.
const SLOW = { timeout: 60_000 };

/** A new account made in the Auth emulator; waits (generously: cold start) for the auth trigger's profile. */
async function newLearner(email: string, displayName: string, password = 'e2e-password-1') {
  adminDb(); // initialises the admin app
  const user = await getAuth().createUser({ email, password, displayName });
  const profile = adminDb().doc(`users/${user.uid}`);
  for (let i = 0; !(await profile.get()).exists; i++) {
    if (i > 600) throw new Error(`no profile for ${email} after 60 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { email, password };
}

// A new user: enroll, run a simulation and meet its challenge (verified by the server), pass a
// quiz, see progress, finish the course and see the certificate — all state after completion
// comes from live listeners.
test('a new learner finishes a course and gets a certificate', async ({ page }) => {
  test.setTimeout(420_000);
  const suffix = uniqueEmail('x').split('-')[1]!;
  const title = `Mechanics E2E ${suffix}`;
  await writeCourse(adminDb(), course(`mech-${suffix}`, title));

  // A brand-new account (made directly in the Auth emulator: the sign-up form has its own tests).
  const lea = await newLearner(uniqueEmail('lea'), `Lea ${suffix}`);
  await signInAndWait(page, lea.email, lea.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('Not started');
  await expect(card).toContainText('beginner');
  await expect(card).toContainText('15 min');
  await card.getByRole('link', { name: title }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Enroll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch' })).toBeVisible(SLOW);

  // Sanitised markdown with a KaTeX formula; the injected handler never ran.
  await expect(page.locator('.lesson-content .katex').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Run the simulation at 45°: it lands at ≈40.8 m, which misses the 30 m target.
  const sim = page.getByRole('region', { name: 'Simulation' });
  await expect(sim.getByTestId('sim-view').or(sim.getByRole('note'))).toBeVisible(SLOW);
  await sim.getByLabel('Simulation speed').selectOption('4');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.locator('[data-readout="range"]')).toHaveText(/^40\.\d+ m$/, SLOW);
  await sim.getByRole('button', { name: 'Check result' }).click();
  await expect(sim.getByRole('group', { name: 'Challenge' }).getByRole('status')).toContainText('Not yet', SLOW);

  // 24° lands at ≈30.3 m.
  const angle = sim.getByRole('slider', { name: /Launch angle/ });
  await angle.focus();
  for (let i = 0; i < 21; i++) await angle.press('ArrowLeft');
  await expect(sim.getByText('24 °')).toBeVisible();
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.locator('[data-readout="range"]')).toHaveText(/^30\.\d+ m$/, SLOW);
  await sim.getByRole('button', { name: 'Check result' }).click();
  await expect(sim.getByRole('group', { name: 'Challenge' }).getByRole('status')).toContainText('Challenge met', SLOW);
  await expect(sim.getByText('Met', { exact: true })).toBeVisible();

  // The quiz: a wrong answer first, then the right ones.
  const quiz = page.getByRole('form', { name: 'Quiz' });
  await quiz.getByLabel('30°').check();
  await quiz.getByLabel(/Your answer/).fill('9.8');
  await quiz.getByRole('button', { name: 'Submit answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Score: 50%', SLOW);
  await expect(quiz.getByText('✗ Not quite.')).toBeVisible();
  await quiz.getByLabel('45°').check();
  await quiz.getByRole('button', { name: 'Submit answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Score: 100% — passed!', SLOW);

  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('Lesson completed')).toBeVisible(SLOW);
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '50');

  // Lesson 2: the sandbox runs (time advances), then the last completion issues the certificate.
  await page.getByRole('link', { name: 'Next lesson →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible(SLOW);
  const sandbox = page.getByRole('region', { name: 'Simulation' });
  await sandbox.getByRole('button', { name: 'Play' }).click();
  await expect(sandbox.locator('[data-readout="t"]')).not.toHaveText('0.00 s', SLOW);
  await expect(sandbox.locator('[data-readout="count"]')).toHaveText('60');
  await sandbox.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('Course complete!')).toBeVisible(SLOW);
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '100');

  // The notification and the certificate.
  await page.getByRole('link', { name: 'View your certificate' }).click();
  await expect(page).toHaveURL(/\/certificates#/);
  const certificate = page.getByRole('article').filter({ hasText: title });
  await expect(certificate).toContainText(`Awarded to Lea ${suffix}`, SLOW);
  await expect(certificate).toContainText('score 100%');
  await expect(certificate).toContainText('issued');

  // The catalog and course page show the finished course.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Launch' })).toContainText('(completed)');
  await expect(page.getByRole('link', { name: 'See your certificate' })).toBeVisible();
});
