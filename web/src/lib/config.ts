import { PRESENCE_DEFAULTS } from '@aether/common/chat/limits';

/**
 * Runtime configuration from Vite env. With no VITE_FIREBASE_* set, Aether runs against the local
 * emulator suite under the demo project (the embedded default: no cloud account, no keys).
 */
const env = import.meta.env;

function emulatorPorts(offset: number) {
  return { auth: 9099 + offset, firestore: 8080 + offset, functions: 5001 + offset, storage: 9199 + offset };
}

const projectId = env.VITE_FIREBASE_PROJECT_ID || 'demo-aether';

export const config = {
  firebase: {
    apiKey: env.VITE_FIREBASE_API_KEY || 'demo-api-key',
    authDomain: env.VITE_FIREBASE_AUTH_DOMAIN || `${projectId}.firebaseapp.com`,
    projectId,
    storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET || `${projectId}.appspot.com`,
    appId: env.VITE_FIREBASE_APP_ID || undefined,
  },
  /** Emulators are used for demo projects unless explicitly turned off. */
  useEmulators: env.VITE_USE_EMULATORS ? env.VITE_USE_EMULATORS === 'true' : projectId.startsWith('demo-'),
  emulatorHost: env.VITE_EMULATOR_HOST || '127.0.0.1',
  /** Ports of the local emulators, shifted when several checkouts run side by side. */
  emulatorPorts: emulatorPorts(Number(env.VITE_EMULATOR_PORT_OFFSET) || 0),
  /** False when the Storage emulator cannot run on this machine (see README); uploads are disabled. */
  storageEnabled: env.VITE_STORAGE_ENABLED !== 'false',
  functionsRegion: env.VITE_FUNCTIONS_REGION || 'us-central1',
  /** Presence timings; the end-to-end build shortens them so tests run fast. */
  presence: {
    heartbeatMs: Number(env.VITE_PRESENCE_HEARTBEAT_MS) || PRESENCE_DEFAULTS.heartbeatMs,
    staleAfterMs: Number(env.VITE_PRESENCE_STALE_MS) || PRESENCE_DEFAULTS.staleAfterMs,
  },
};
