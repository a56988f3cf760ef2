import { addDoc, collection, doc, getDoc, getDocs, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { alice, asUser, expectAllowed, expectDenied, useRulesEnv } from './helpers';

const rules = useRulesEnv(async (env) => {
  await env.withSecurityRulesDisabled(async (ctx) => {
    await setDoc(doc(ctx.firestore(), 'auditLog', 'e1'), { actorId: 'root', action: 'roles.set' });
  });
});

describe('auditLog', () => {
  it('is readable by admins only', async () => {
    const root = asUser(rules.env, 'root', { admin: true }).firestore();
    await expectAllowed(getDoc(doc(root, 'auditLog', 'e1')));
    await expectAllowed(getDocs(collection(root, 'auditLog')));
    for (const ctx of [
      asUser(rules.env, alice),
      asUser(rules.env, 'mod', { moderator: true }),
      rules.env.unauthenticatedContext(),
    ]) {
      await expectDenied(getDoc(doc(ctx.firestore(), 'auditLog', 'e1')));
    }
  });

  it('is written by functions only, never by clients, admins included', async () => {
    const root = asUser(rules.env, 'root', { admin: true }).firestore();
    await expectDenied(addDoc(collection(root, 'auditLog'), { actorId: 'root', action: 'forged' }));
    await expectDenied(setDoc(doc(root, 'auditLog', 'e1'), { actorId: 'root', action: 'rewritten' }));
  });
});
