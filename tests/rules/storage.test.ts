import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteObject, getBytes, ref, uploadBytes } from 'firebase/storage';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { storageEmulatorRunning } from '../support/emulators';
import { alice, asBanned, asUser, bob, createRulesEnv, expectAllowed, expectDenied, seed } from './helpers';

// The Storage emulator needs a rules runtime that only downloads; offline machines run without
// it (scripts/lib/emulatorEnv.mjs decides and prints why). Where it runs, these tests run.
if (!storageEmulatorRunning) {
  console.warn('storage.rules tests not run: the Storage emulator is not available on this machine.');
}

describe.runIf(storageEmulatorRunning)('storage avatars/{uid}/{file}', () => {
  let env: RulesTestEnvironment;
  const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

  beforeAll(async () => {
    env = await createRulesEnv();
    await seed(env, async (ctx) => {
      await uploadBytes(ref(ctx.storage(), `avatars/${alice}/a.png`), png, { contentType: 'image/png' });
    });
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  it('lets the owner upload an image up to 2 MB', async () => {
    await expectAllowed(
      uploadBytes(ref(asUser(env, alice).storage(), `avatars/${alice}/b.png`), png, { contentType: 'image/png' }),
    );
  });

  it('refuses uploads to another user’s folder, non-images, too-large files and banned users', async () => {
    await expectDenied(
      uploadBytes(ref(asUser(env, bob).storage(), `avatars/${alice}/c.png`), png, { contentType: 'image/png' }),
    );
    await expectDenied(
      uploadBytes(ref(asUser(env, alice).storage(), `avatars/${alice}/c.html`), png, { contentType: 'text/html' }),
    );
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    await expectDenied(
      uploadBytes(ref(asUser(env, alice).storage(), `avatars/${alice}/big.png`), big, { contentType: 'image/png' }),
    );
    await expectDenied(
      uploadBytes(ref(asBanned(env, alice).storage(), `avatars/${alice}/d.png`), png, { contentType: 'image/png' }),
    );
  });

  it('lets anyone read avatars and only the owner delete them', async () => {
    await expectAllowed(getBytes(ref(env.unauthenticatedContext().storage(), `avatars/${alice}/a.png`)));
    await expectDenied(deleteObject(ref(asUser(env, bob).storage(), `avatars/${alice}/a.png`)));
    await expectAllowed(deleteObject(ref(asUser(env, alice).storage(), `avatars/${alice}/a.png`)));
  });

  it('refuses everything outside avatars/', async () => {
    await expectDenied(
      uploadBytes(ref(asUser(env, alice).storage(), `other/${alice}.png`), png, { contentType: 'image/png' }),
    );
  });
});

// ---- social ----
describe.runIf(storageEmulatorRunning)('storage posts/{uid}/{postId}/{file}', () => {
  let env: RulesTestEnvironment;
  const jpeg = new Uint8Array([255, 216, 255, 224]);
  beforeAll(async () => {
    env = await createRulesEnv();
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  it('lets the owner upload images up to 5 MB, readable by members only', async () => {
    const path = `posts/${alice}/p1/0.jpg`;
    await expectAllowed(uploadBytes(ref(asUser(env, alice).storage(), path), jpeg, { contentType: 'image/jpeg' }));
    await expectAllowed(getBytes(ref(asUser(env, bob).storage(), path)));
    await expectDenied(getBytes(ref(env.unauthenticatedContext().storage(), path)));
  });

  it('refuses other folders, non-images, files over 5 MB and banned users', async () => {
    await expectDenied(
      uploadBytes(ref(asUser(env, bob).storage(), `posts/${alice}/p1/1.jpg`), jpeg, { contentType: 'image/jpeg' }),
    );
    await expectDenied(
      uploadBytes(ref(asUser(env, alice).storage(), `posts/${alice}/p1/x.svg`), jpeg, { contentType: 'image/svg+xml' }),
    );
    await expectDenied(
      uploadBytes(ref(asUser(env, alice).storage(), `posts/${alice}/p1/big.jpg`), new Uint8Array(5 * 1024 * 1024 + 1), {
        contentType: 'image/jpeg',
      }),
    );
    await expectDenied(
      uploadBytes(ref(asBanned(env, alice).storage(), `posts/${alice}/p1/2.jpg`), jpeg, { contentType: 'image/jpeg' }),
    );
  });
});
