// Addresses of the running emulators and helpers to reset them between tests.
export const PROJECT_ID = 'demo-aether';
export const HOST = '127.0.0.1';
/** The harness shifts every port by AETHER_PORT_OFFSET when several checkouts test side by side. */
const OFFSET = Number(process.env.AETHER_PORT_OFFSET) || 0;
export const PORTS = {
  auth: 9099 + OFFSET,
  firestore: 8080 + OFFSET,
  functions: 5001 + OFFSET,
  hosting: 5000 + OFFSET,
  storage: 9199 + OFFSET,
  hub: 4400 + OFFSET,
} as const;

export const storageEmulatorRunning = process.env.AETHER_STORAGE_EMULATOR === 'on';

export async function clearFirestore(projectId = PROJECT_ID): Promise<void> {
  const res = await fetch(
    `http://${HOST}:${PORTS.firestore}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    { method: 'DELETE' },
  );
  if (!res.ok) throw new Error(`clearing Firestore failed: ${res.status}`);
}

export async function clearAuth(projectId = PROJECT_ID): Promise<void> {
  const res = await fetch(`http://${HOST}:${PORTS.auth}/emulator/v1/projects/${projectId}/accounts`, {
    method: 'DELETE',
  });
  if (!res.ok) throw new Error(`clearing Auth failed: ${res.status}`);
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function useEmulatorEnv(): void {
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= `${HOST}:${PORTS.auth}`;
  process.env.FIRESTORE_EMULATOR_HOST ??= `${HOST}:${PORTS.firestore}`;
  process.env.GCLOUD_PROJECT ??= PROJECT_ID;
  process.env.METADATA_SERVER_DETECTION ??= 'none';
}
