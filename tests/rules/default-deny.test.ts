import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { alice, asUser, createRulesEnv, expectDenied } from './helpers';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});
afterAll(async () => {
  await env.cleanup();
});

describe('collections without rules', () => {
  it('deny reads and writes, even to admins', async () => {
    for (const ctx of [asUser(env, alice), asUser(env, 'root', { admin: true }), env.unauthenticatedContext()]) {
      await expectDenied(getDoc(doc(ctx.firestore(), 'unknown', 'doc')));
      await expectDenied(setDoc(doc(ctx.firestore(), 'unknown', 'doc'), { a: 1 }));
      await expectDenied(setDoc(doc(ctx.firestore(), 'stats', 'daily'), { users: 1 }));
    }
  });
});
