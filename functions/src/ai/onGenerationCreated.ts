import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions/v2';
import { moderationConfigFromParams } from '../moderation/moderateText';
import { adminAuth, db } from '../shared/firebase';
import { OPENAI_API_KEY } from '../shared/openai';
import { aiConfigFromParams } from './config';
import { runGeneration } from './runGeneration';

async function isAdmin(uid: string): Promise<boolean> {
  try {
    return (await adminAuth().getUser(uid)).customClaims?.admin === true;
  } catch {
    return false;
  }
}

// One trigger for studio generations and assistant replies (type 'chat'). Not retried on failure:
// every failure ends the generation in `error` with a message; a redelivered event is skipped by
// the claim transaction, so the provider is never called twice for one generation.
export const onGenerationCreated = onDocumentCreated(
  { document: 'generations/{generationId}', secrets: [OPENAI_API_KEY], timeoutSeconds: 300, memory: '512MiB' },
  async (event) => {
    const id = event.params.generationId;
    const outcome = await runGeneration(db(), id, {
      config: aiConfigFromParams(),
      moderation: moderationConfigFromParams(),
      isAdmin,
    });
    logger.info('generation finished', { id, outcome });
  },
);
