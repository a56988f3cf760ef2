import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { watchSession } from '../features/auth/api';
import { useAuthStore } from '../features/auth/authStore';
import { usePresenceHeartbeat } from '../features/presence/usePresenceHeartbeat';
import { useApplyTheme } from '../features/theme/useApplyTheme';
import { useThemeStore } from '../features/theme/themeStore';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  const setUser = useAuthStore((s) => s.setUser);
  const mode = useThemeStore((s) => s.mode);
  const uid = useAuthStore((s) => s.user?.uid);
  usePresenceHeartbeat(uid);
  useApplyTheme();
  useEffect(
    () =>
      watchSession((user) => {
        // Nothing cached for one account may be shown to the next.
        if (!user) queryClient.clear();
        setUser(user);
      }),
    [setUser],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="bottom-right" richColors closeButton theme={mode} />
    </QueryClientProvider>
  );
}
