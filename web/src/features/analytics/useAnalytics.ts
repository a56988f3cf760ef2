import { normalizePath } from '@aether/common/analytics/events';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '../auth/authStore';
import { useSettings } from '../profile/queries';
import { track, tracker } from './track';

const FLUSH_EVERY_MS = Number(import.meta.env.VITE_ANALYTICS_FLUSH_MS) || 10_000;

/** Mounted once in the shell: follows the user's consent, records page views, flushes batches. */
export function useAnalytics(): void {
  const { user } = useSession();
  const uid = user?.uid ?? null;
  const settings = useSettings(user?.uid);
  const consent = settings.data === undefined ? null : settings.data?.analyticsConsent === true;
  const location = useLocation();

  useEffect(() => {
    tracker.setUser(uid, consent);
  }, [uid, consent]);

  useEffect(() => {
    track('page_view', { path: normalizePath(location.pathname) });
  }, [location.pathname, uid]);

  useEffect(() => {
    const flush = () => void tracker.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const timer = window.setInterval(flush, FLUSH_EVERY_MS);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('online', flush);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('online', flush);
    };
  }, []);
}
