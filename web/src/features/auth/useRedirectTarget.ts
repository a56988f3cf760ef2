import { useSearchParams } from 'react-router';

/** Where to go after signing in: the protected page that sent us here, never another site. */
export function useRedirectTarget(): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
