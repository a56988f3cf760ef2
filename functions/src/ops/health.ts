import { defineString } from 'firebase-functions/params';
import { onRequest } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { createLog, traceIdOf } from '../shared/log';
import { OPENAI_API_KEY, OPENAI_BASE_URL } from '../shared/openai';
import { checkHealth } from './providers';

/** Solana RPC endpoint used for certificate mints (empty = not configured). */
export const SOLANA_RPC_URL = defineString('SOLANA_RPC_URL', { default: '' });

/**
 * GET /health (hosting rewrite → ops-health): 200 with a JSON report when Firestore answers, 503
 * when it does not. Public: it reveals only whether providers are configured, no values.
 */
export const health = onRequest({ secrets: [OPENAI_API_KEY], cors: true }, async (req, res) => {
  const log = createLog({ fn: 'ops-health', traceId: traceIdOf(req.header('x-cloud-trace-context')) });
  let openaiKey = '';
  try {
    openaiKey = OPENAI_API_KEY.value() ?? '';
  } catch {
    openaiKey = '';
  }
  const report = await checkHealth(db(), {
    openaiKey,
    openaiBaseURL: OPENAI_BASE_URL.value(),
    solanaRpcUrl: SOLANA_RPC_URL.value(),
  });
  if (report.status !== 'ok') log.error('health check degraded', { firestore: report.firestore });
  res.set('Cache-Control', 'no-store');
  res.status(report.status === 'ok' ? 200 : 503).json(report);
});
