import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { eventLog } from '../shared/log';
import { mirrorPrivacy } from './mirrorPrivacy';

export const onSettingsWritten = onDocumentWritten('users/{uid}/private/settings', async (event) => {
  const after = event.data?.after;
  if (!after?.exists) return;
  const before = event.data?.before;
  if (before?.exists && before.get('privacy') === after.get('privacy')) return;
  const changed = await mirrorPrivacy(db(), event.params.uid, after.get('privacy'));
  eventLog('profile-onSettingsWritten', event, event.params.uid).debug('privacy mirrored', { changed });
});
