import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { AppNotification } from './api';

export const notificationsApi = () => import('./api');

export function useNotifications(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<AppNotification[]>(
    ['notifications', id],
    lazySubscribe(() => notificationsApi().then((m) => m.subscribeToNotifications(id))),
    Boolean(uid),
  );
}
