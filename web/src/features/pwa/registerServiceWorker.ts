import { toast } from 'sonner';
import { Workbox } from 'workbox-window';

/**
 * Registers the workbox service worker built by vite-plugin-pwa. A new version waits until the
 * user accepts the update prompt, so nobody loses a half-typed message to a surprise reload.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js');

  wb.addEventListener('waiting', () => {
    toast('A new version of Aether is ready.', {
      duration: Infinity,
      action: {
        label: 'Reload',
        onClick: () => {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        },
      },
    });
  });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) toast.success('Aether is ready to work offline.');
  });
  wb.register().catch(() => {
    // Registration fails in private windows of some browsers; the app still works online.
  });
}
