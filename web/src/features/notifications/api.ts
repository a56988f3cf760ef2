// Data layer for the notification center.
import { collection, doc, limit, onSnapshot, orderBy, query, updateDoc, writeBatch } from 'firebase/firestore';
import { isNotificationType, type NotificationType } from '@aether/common/notifications/schema';
import { firestoreDb } from '../../lib/firestore';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';

export interface AppNotification {
  id: string;
  type: NotificationType;
  /** Empty for system notifications (moderation, certificates). */
  actorId: string;
  /** In-app path the notification opens. */
  link: string;
  excerpt: string;
  read: boolean;
  createdAt: number | null;
}

const items = (uid: string) => collection(firestoreDb(), 'notifications', uid, 'items');

export function subscribeToNotifications(uid: string, count = 30): Subscribe<AppNotification[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(items(uid), orderBy('createdAt', 'desc'), limit(count)),
      (snap) =>
        onNext(
          snap.docs.map((d) => {
            const data = d.data({ serverTimestamps: 'estimate' });
            return {
              id: d.id,
              type: isNotificationType(data.type) ? data.type : 'mention',
              actorId: String(data.actorId ?? ''),
              link: typeof data.link === 'string' && data.link.startsWith('/') ? data.link : '/',
              excerpt: String(data.excerpt ?? ''),
              read: data.read === true,
              createdAt: toMillis(data.createdAt),
            };
          }),
        ),
      onError,
    );
}

export function markNotificationRead(uid: string, id: string): Promise<void> {
  return updateDoc(doc(items(uid), id), { read: true });
}

export function markAllNotificationsRead(uid: string, ids: string[]): Promise<void> {
  const batch = writeBatch(firestoreDb());
  for (const id of ids) batch.update(doc(items(uid), id), { read: true });
  return batch.commit();
}
