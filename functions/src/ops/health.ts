import { onRequest } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { createLog, traceIdOf } from '../shared/log';
import { SOLANA_RPC_URL } from '../nft/config';
import { isRealApiKey, OPENAI_API_KEY, OPENAI_BASE_URL } from '../shared/openai';
import { checkHealth } from './providers';

/**
 * GET /health (hosting rewrite → ops-health): 200 with a JSON report when Firestore answers, 503
 * when it does not. Public: it reveals only whether providers are configured, no values.
 */
export const health = onRequest({ secrets: [OPENAI_API_KEY], cors: true }, async (req, res) => {
  const log = createLog({ fn: 'ops-health', traceId: traceIdOf(req.header('x-cloud-trace-context')) });
  let openaiKey = '';
  try {
    // The local demo server's placeholder key is not a configured provider.
    const key = OPENAI_API_KEY.value();
    openaiKey = isRealApiKey(key) ? key : '';
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
