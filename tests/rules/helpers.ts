import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { setLogLevel } from 'firebase/firestore';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { HOST, PORTS, storageEmulatorRunning } from '../support/emulators';

// Denials are the point of these tests; the SDK would log each one as a warning.
setLogLevel('silent');

// A project of its own keeps the Functions triggers (bound to demo-aether) out of rules tests.
export const RULES_PROJECT_ID = 'demo-aether-rules';

export async function createRulesEnv(): Promise<RulesTestEnvironment> {
  return initializeTestEnvironment({
    projectId: RULES_PROJECT_ID,
    firestore: { host: HOST, port: PORTS.firestore, rules: readFileSync('firestore.rules', 'utf8') },
    ...(storageEmulatorRunning
      ? { storage: { host: HOST, port: PORTS.storage, rules: readFileSync('storage.rules', 'utf8') } }
      : {}),
  });
}

/** Asserts the operation is refused by the rules: permission-denied, not any other failure. */
export async function expectDenied(operation: Promise<unknown>): Promise<void> {
  const error = (await assertFails(operation)) as { code?: string };
  expect(['permission-denied', 'PERMISSION_DENIED', 'storage/unauthorized']).toContain(error.code);
}

export async function expectAllowed<T>(operation: Promise<T>): Promise<T> {
  return assertSucceeds(operation);
}

/** Writes fixtures with rules disabled. */
export async function seed(env: RulesTestEnvironment, write: (ctx: RulesTestContext) => Promise<void>): Promise<void> {
  await env.withSecurityRulesDisabled(write);
}

export const alice = 'alice';
export const bob = 'bob';

export function asUser(env: RulesTestEnvironment, uid: string, claims: Record<string, unknown> = {}) {
  return env.authenticatedContext(uid, { email: `${uid}@example.com`, ...claims });
}

export function asBanned(env: RulesTestEnvironment, uid: string) {
  return asUser(env, uid, { banned: true });
}

/**
 * The hooks every rules file needs: one environment per file, an empty database before each test,
 * then the file's fixtures. Read the environment through `.env` inside tests.
 */
export function useRulesEnv(fixtures?: (env: RulesTestEnvironment) => Promise<void>): {
  readonly env: RulesTestEnvironment;
} {
  let env: RulesTestEnvironment | undefined;
  beforeAll(async () => {
    env = await createRulesEnv();
  });
  afterAll(async () => {
    await env?.cleanup();
  });
  beforeEach(async () => {
    await env!.clearFirestore();
    if (fixtures) await fixtures(env!);
  });
  return {
    get env() {
      if (!env) throw new Error('rules environment not ready');
      return env;
    },
  };
}
