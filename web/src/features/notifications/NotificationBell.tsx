import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { useQueryClient } from '@tanstack/react-query';
import type { UserProfile } from '@aether/common';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { profileKeys } from '../profile/queries';
import { describeNotification } from './describe';
import { notificationsApi, useNotifications } from './queries';
import { DESKTOP_PROMPT_KEY, desktopNotificationsSupported, useDesktopNotifications } from './useDesktopNotifications';
import { ActorName } from './ActorName';

export function NotificationBell() {
  const { user } = useSession();
  const { data: items } = useNotifications(user?.uid);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const nameOf = useCallback(
    (uid: string) => queryClient.getQueryData<UserProfile | null>(profileKeys.detail(uid))?.displayName ?? 'Someone',
    [queryClient],
  );
  useDesktopNotifications(items, nameOf);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => {
      if (panel.current && !panel.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!user) return null;
  const unread = items?.filter((n) => !n.read) ?? [];

  async function markAll() {
    try {
      const m = await notificationsApi();
      await m.markAllNotificationsRead(
        user!.uid,
        unread.map((n) => n.id),
      );
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  return (
    <div className="bell" ref={panel}>
      <button
        type="button"
        className="btn btn-ghost icon-button"
        aria-label={unread.length ? `Notifications, ${unread.length} unread` : 'Notifications'}
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">🔔</span>
        {unread.length ? (
          <span className="count-badge" aria-hidden="true">
            {unread.length > 9 ? '9+' : unread.length}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell-panel card" role="dialog" aria-label="Notifications">
          <div className="row bell-head">
            <h2>Notifications</h2>
            <button type="button" className="btn btn-small btn-ghost" disabled={!unread.length} onClick={markAll}>
              Mark all read
            </button>
          </div>
          <DesktopPrompt />
          {!items?.length ? (
            <p className="muted">Nothing yet. Mentions, replies and direct messages will show up here.</p>
          ) : (
            <ul className="bell-list">
              {items.map((n) => (
                <li key={n.id} className={n.read ? 'read' : 'unread'}>
                  <Link
                    to={n.link}
                    onClick={() => {
                      setOpen(false);
                      if (!n.read) notificationsApi().then((m) => m.markNotificationRead(user.uid, n.id));
                    }}
                  >
                    {n.actorId ? (
                      <ActorName uid={n.actorId}>{(name) => describeNotification(n, name)}</ActorName>
                    ) : (
                      <strong>{describeNotification(n, '')}</strong>
                    )}
                    <span className="muted bell-excerpt">{n.excerpt}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Asks for desktop notification permission politely, once, and only when the user opts in. */
function DesktopPrompt() {
  const [asked, setAsked] = useState(() => localStorage.getItem(DESKTOP_PROMPT_KEY) !== null);
  if (asked || !desktopNotificationsSupported() || Notification.permission !== 'default') return null;
  const remember = (answer: string) => {
    localStorage.setItem(DESKTOP_PROMPT_KEY, answer);
    setAsked(true);
  };
  return (
    <div className="desktop-prompt">
      <p>Get a desktop alert when someone mentions you while Aether is in the background?</p>
      <div className="row">
        <button
          type="button"
          className="btn btn-small btn-primary"
          onClick={() => Notification.requestPermission().then((p) => remember(p))}
        >
          Enable alerts
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => remember('dismissed')}>
          Not now
        </button>
      </div>
    </div>
  );
}
