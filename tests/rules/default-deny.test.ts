import { doc, getDoc, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { alice, asUser, expectDenied, useRulesEnv } from './helpers';

const rules = useRulesEnv();

describe('collections without rules', () => {
  it('deny reads and writes, even to admins', async () => {
    for (const ctx of [
      asUser(rules.env, alice),
      asUser(rules.env, 'root', { admin: true }),
      rules.env.unauthenticatedContext(),
    ]) {
      await expectDenied(getDoc(doc(ctx.firestore(), 'unknown', 'doc')));
      await expectDenied(setDoc(doc(ctx.firestore(), 'unknown', 'doc'), { a: 1 }));
      await expectDenied(setDoc(doc(ctx.firestore(), 'stats', 'daily'), { users: 1 }));
    }
  });
});
