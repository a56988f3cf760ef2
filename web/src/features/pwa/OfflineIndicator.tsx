import { useOnlineStatus } from './useOnlineStatus';

export function OfflineIndicator() {
  const online = useOnlineStatus();
  return (
    <div role="status" aria-live="polite" className={online ? 'visually-hidden' : 'offline-banner'}>
      {online ? '' : 'You are offline. You can keep browsing; changes will sync when you reconnect.'}
    </div>
  );
}
