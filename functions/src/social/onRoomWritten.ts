import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { syncSearch } from './searchIndex';

// Public rooms are searchable by name and topic; private rooms and DMs never are.
export const onRoomWritten = onDocumentWritten({ document: 'rooms/{roomId}', retry: true }, async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  if (before && after && before.name === after.name && before.topic === after.topic && before.type === after.type)
    return;
  await syncSearch(db(), 'room', event.params.roomId, after);
});
