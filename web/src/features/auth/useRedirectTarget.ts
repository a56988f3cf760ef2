import { useSearchParams } from 'react-router';

/** Only same-site paths: "//evil.test" or "https://evil.test" would send people elsewhere. */
export function safeRedirect(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** Where to go after signing in: the protected page that sent us here. */
export function useRedirectTarget(): string {
  const [params] = useSearchParams();
  return safeRedirect(params.get('next'));
}
