import { useEffect, useRef } from 'react';
import type { AppNotification } from './api';
import { describeNotification } from './describe';

export const DESKTOP_PROMPT_KEY = 'aether-desktop-notifications-asked';

export function desktopNotificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/** Shows a system notification for new unread items, but only while the tab is hidden. */
export function useDesktopNotifications(items: AppNotification[] | undefined, nameOf: (uid: string) => string) {
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!items) return;
    if (seen.current === null) {
      seen.current = new Set(items.map((n) => n.id)); // what was there before this session
      return;
    }
    for (const n of items) {
      if (seen.current.has(n.id)) continue;
      seen.current.add(n.id);
      if (n.read || document.visibilityState !== 'hidden') continue;
      if (!desktopNotificationsSupported() || Notification.permission !== 'granted') continue;
      const note = new Notification(describeNotification(n, nameOf(n.actorId)), { body: n.excerpt, tag: n.id });
      note.onclick = () => {
        window.focus();
        window.location.assign(n.link);
      };
    }
  }, [items, nameOf]);
}
