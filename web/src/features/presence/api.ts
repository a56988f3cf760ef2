// Data layer for presence: heartbeats out, presence docs in.
import type { PresenceRecord, PresenceState } from '@aether/common';
import { doc, onSnapshot, serverTimestamp, setDoc } from 'firebase/firestore';
import { firestoreDb } from '../../lib/firestore';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';

export function publishPresence(uid: string, state: PresenceState, roomId: string | null): Promise<void> {
  return setDoc(doc(firestoreDb(), 'presence', uid), { state, lastSeen: serverTimestamp(), roomId });
}

export function subscribeToPresence(uid: string): Subscribe<PresenceRecord | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(firestoreDb(), 'presence', uid),
      (snap) => {
        if (!snap.exists()) return onNext(null);
        const d = snap.data({ serverTimestamps: 'estimate' });
        const state: PresenceState = d.state === 'online' || d.state === 'away' ? d.state : 'offline';
        onNext({ state, lastSeen: toMillis(d.lastSeen) });
      },
      onError,
    );
}
