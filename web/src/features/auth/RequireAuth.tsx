import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSkeleton } from '../../components/Skeleton';
import { useSession } from './authStore';

/** Guards a route: waits for the persisted session, then sends signed-out visitors to sign in. */
export function RequireAuth({ children, role }: { children: ReactNode; role?: 'admin' | 'moderator' }) {
  const { status, user } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageSkeleton label="Checking your session" />;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  if (role === 'admin' && !user.claims.admin) return <Forbidden />;
  if (role === 'moderator' && !user.claims.admin && !user.claims.moderator) return <Forbidden />;
  return <>{children}</>;
}

function Forbidden() {
  return (
    <div className="page">
      <h1>Not allowed</h1>
      <p>This area is for administrators only.</p>
    </div>
  );
}
