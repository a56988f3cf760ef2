import type { Firestore } from 'firebase-admin/firestore';

export interface HealthReport {
  status: 'ok' | 'degraded';
  firestore: { reachable: boolean; latencyMs: number | null; error?: string };
  providers: { openai: { configured: boolean; baseURL: string | null }; solana: { configured: boolean } };
  version: string;
  time: string;
}

export interface ProviderConfig {
  openaiKey: string;
  openaiBaseURL: string;
  solanaRpcUrl: string;
}

/**
 * Firestore reachability (one read of a health doc, with a timeout) and which providers are
 * configured. Says only whether a key is set, never its value.
 */
export async function checkHealth(db: Firestore, config: ProviderConfig, timeoutMs = 5_000): Promise<HealthReport> {
  const started = Date.now();
  let firestore: HealthReport['firestore'];
  try {
    await Promise.race([
      db.doc('health/probe').get(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)),
    ]);
    firestore = { reachable: true, latencyMs: Date.now() - started };
  } catch (error) {
    firestore = { reachable: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
  }
  let baseURL: string | null = null;
  if (config.openaiBaseURL) {
    try {
      baseURL = new URL(config.openaiBaseURL).origin;
    } catch {
      baseURL = 'invalid';
    }
  }
  return {
    status: firestore.reachable ? 'ok' : 'degraded',
    firestore,
    providers: {
      openai: { configured: config.openaiKey.length > 0, baseURL },
      solana: { configured: config.solanaRpcUrl.length > 0 },
    },
    version: process.env.K_REVISION ?? 'local',
    time: new Date().toISOString(),
  };
}
