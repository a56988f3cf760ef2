import { GENERATION_TYPES, type GenerationType } from '@aether/common';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { recordEvent } from '../analytics/recordEvent';
import { moderationConfigFromParams } from '../moderation/moderateText';
import { adminAuth, db } from '../shared/firebase';
import { eventLog } from '../shared/log';
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
    const ownerId = event.data?.get('ownerId');
    const log = eventLog('ai-onGenerationCreated', event, typeof ownerId === 'string' ? ownerId : undefined);
    const outcome = await runGeneration(db(), id, {
      config: aiConfigFromParams(),
      moderation: moderationConfigFromParams(),
      isAdmin,
      log,
    });
    log.info('generation finished', { id, outcome });
    // Counted once per generation (the event id is the generation's), whatever its outcome.
    const type = event.data?.get('type');
    if (typeof ownerId === 'string' && GENERATION_TYPES.includes(type as GenerationType)) {
      await recordEvent(db(), {
        id: `gen_${id}`,
        name: 'generation_requested',
        uid: ownerId,
        props: { type: type as GenerationType },
      });
    }
  },
);
