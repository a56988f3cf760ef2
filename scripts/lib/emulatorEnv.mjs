// Decides how the Firebase emulators run on this machine: offline with the preinstalled
// Firestore emulator, or online letting firebase-tools download its own. See README "Emulators".
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { zipStored } from './zip.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const PROJECT_ID = process.env.AETHER_PROJECT_ID || 'demo-aether';
/** Shifts every emulator port so several checkouts can run their suites side by side. */
export const PORT_OFFSET = Number(process.env.AETHER_PORT_OFFSET) || 0;
const BASE_PORTS = {
  auth: 9099,
  firestore: 8080,
  functions: 5001,
  hosting: 5000,
  storage: 9199,
  hub: 4400,
  logging: 4500,
};
export const PORTS = Object.fromEntries(Object.entries(BASE_PORTS).map(([name, port]) => [name, port + PORT_OFFSET]));
const FIRESTORE_WEBSOCKET_PORT = 9150;
export const HOST = '127.0.0.1';

const GCLOUD_FIRESTORE_JAR = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

export class SetupError extends Error {}

/** Java 11+ is required by the Firestore emulator; firebase-tools 14.18 still accepts Java 17. */
export function checkJava() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error?.code === 'ENOENT') {
    throw new SetupError(
      'Java is not installed, and the Firebase emulators need it (Java 11 or newer; 17 recommended).\n' +
        '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n' +
        '  macOS:         brew install openjdk@17\n' +
        '  Windows:       install Temurin 17 from adoptium.net',
    );
  }
  const text = `${result.stderr ?? ''}${result.stdout ?? ''}`;
  const match = text.match(/version "(\d+)(?:\.(\d+))?/);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 11)) {
    throw new SetupError(
      `The emulators need Java 11 or newer; found: ${text.split('\n')[0] || 'an unknown version'}. Install Java 17.`,
    );
  }
  return major;
}

/**
 * The gcloud Firestore emulator jar has no Main-Class, so firebase-tools cannot `java -jar` it.
 * A tiny launcher jar whose manifest names the main class and puts the real jar on the class path
 * fixes that. Returns the env var to pass to firebase-tools, or {} to let it download its own.
 */
export function firestoreEmulatorEnv() {
  if (process.env.FIRESTORE_EMULATOR_BINARY_PATH) return {};
  if (!existsSync(GCLOUD_FIRESTORE_JAR)) return {};
  const dir = join(ROOT, '.cache', 'emulators');
  const launcher = join(dir, 'firestore-launcher.jar');
  if (!existsSync(launcher)) {
    mkdirSync(dir, { recursive: true });
    const manifest =
      'Manifest-Version: 1.0\r\n' +
      `Main-Class: ${FIRESTORE_MAIN_CLASS}\r\n` +
      `Class-Path: ${GCLOUD_FIRESTORE_JAR}\r\n\r\n`;
    writeFileSync(launcher, zipStored([{ name: 'META-INF/MANIFEST.MF', data: manifest }]));
  }
  return { FIRESTORE_EMULATOR_BINARY_PATH: launcher };
}

/**
 * The Storage emulator needs a rules-runtime jar that firebase-tools downloads on first use.
 * It runs when that jar is cached or the download host is reachable; otherwise it is left out.
 */
export async function storageEmulatorAvailable() {
  const setting = process.env.AETHER_STORAGE_EMULATOR;
  if (setting === 'on') return { available: true, reason: 'forced on by AETHER_STORAGE_EMULATOR' };
  if (setting === 'off') return { available: false, reason: 'turned off by AETHER_STORAGE_EMULATOR' };
  const cache = join(homedir(), '.cache', 'firebase', 'emulators');
  const cached = existsSync(cache) && readdirSync(cache).some((f) => f.startsWith('cloud-storage-rules-runtime'));
  if (cached) return { available: true, reason: 'rules runtime cached' };
  try {
    await Promise.race([
      lookup('storage.googleapis.com'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500)),
    ]);
    return { available: true, reason: 'firebase-tools will download its rules runtime' };
  } catch {
    return {
      available: false,
      reason: 'its rules-runtime jar is not cached and cannot be downloaded (no internet)',
    };
  }
}

/** Everything needed to run firebase-tools against the emulators on this machine. */
export async function emulatorPlan({ hosting = true } = {}) {
  const javaMajor = checkJava();
  const storage = await storageEmulatorAvailable();
  const only = [
    'auth',
    'firestore',
    'functions',
    ...(hosting ? ['hosting'] : []),
    ...(storage.available ? ['storage'] : []),
  ];
  const env = {
    ...process.env,
    ...firestoreEmulatorEnv(),
    AETHER_STORAGE_EMULATOR: storage.available ? 'on' : 'off',
    METADATA_SERVER_DETECTION: 'none',
    // Quiet the Node version mismatch notice: Functions deploy on Node 22, the emulator uses local Node.
    FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT || '60',
  };
  return { javaMajor, storage, only, env };
}

export function describePlan(plan) {
  const lines = [
    `Java ${plan.javaMajor} ✓`,
    plan.env.FIRESTORE_EMULATOR_BINARY_PATH
      ? `Firestore emulator: preinstalled gcloud jar (offline) via ${plan.env.FIRESTORE_EMULATOR_BINARY_PATH}`
      : 'Firestore emulator: managed by firebase-tools (downloaded on first use)',
    `Emulators: ${plan.only.join(', ')}`,
  ];
  if (!plan.storage.available)
    lines.push(`Storage emulator skipped: ${plan.storage.reason}. Avatar uploads are disabled.`);
  return lines.join('\n');
}

export const firebaseBin = join(ROOT, 'node_modules', '.bin', 'firebase');

/**
 * firebase-tools reads ports from its config file. With a port offset, a shifted copy of
 * firebase.json is written beside it (same folder, so its relative paths still resolve).
 * Returns the extra CLI arguments that select it, or none.
 */
export function emulatorConfigArgs() {
  if (!PORT_OFFSET) return [];
  const config = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8'));
  for (const [name, port] of Object.entries(PORTS)) {
    if (config.emulators[name]) config.emulators[name].port = port;
  }
  config.emulators.firestore.websocketPort = FIRESTORE_WEBSOCKET_PORT + PORT_OFFSET;
  // The Functions emulator also starts the Eventarc and Cloud Tasks emulators on fixed default ports;
  // shift them too, or two checkouts collide there.
  config.emulators.eventarc = { host: HOST, port: 9299 + PORT_OFFSET };
  config.emulators.tasks = { host: HOST, port: 9499 + PORT_OFFSET };
  const path = join(ROOT, 'firebase.ports.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return ['--config', path];
}

/** Pre-set env vars that point SDKs (admin, web in Node) at the emulators. */
export function emulatorClientEnv() {
  return {
    FIREBASE_AUTH_EMULATOR_HOST: `${HOST}:${PORTS.auth}`,
    FIRESTORE_EMULATOR_HOST: `${HOST}:${PORTS.firestore}`,
    FIREBASE_STORAGE_EMULATOR_HOST: `${HOST}:${PORTS.storage}`,
    GCLOUD_PROJECT: PROJECT_ID,
    // Offline, google-auth's probe for a GCE metadata server only produces warnings.
    METADATA_SERVER_DETECTION: 'none',
  };
}
