import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { PageSkeleton } from '../components/Skeleton';
import { useAnalytics } from '../features/analytics/useAnalytics';
import { useSession } from '../features/auth/authStore';
import { Avatar } from '../features/profile/Avatar';
import { useProfile } from '../features/profile/queries';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { InstallButton } from '../features/pwa/InstallButton';
import { OfflineIndicator } from '../features/pwa/OfflineIndicator';
import { ThemeToggle } from '../features/theme/ThemeToggle';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV_ITEMS } from './navigation';

export function Layout() {
  const { user, status } = useSession();
  const profile = useProfile(user?.uid);
  const items = NAV_ITEMS.filter(
    (item) => !item.role || user?.claims[item.role] || (item.role === 'moderator' && user?.claims.admin),
  );
  useAnalytics();

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Aether home">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Aether</span>
        </Link>
        <div className="topbar-actions">
          <InstallButton />
          <ThemeToggle />
          {user ? <NotificationBell /> : null}
          {status === 'signedOut' ? (
            <Link to="/signin" className="btn btn-primary btn-small">
              Sign in
            </Link>
          ) : null}
          {user ? (
            <Link to={`/u/${user.uid}`} className="account-link" aria-label="Your profile">
              <Avatar
                name={profile.data?.displayName ?? user.displayName ?? user.email ?? '?'}
                photoURL={profile.data?.photoURL ?? null}
                seed={user.uid}
                size={32}
              />
            </Link>
          ) : null}
        </div>
      </header>
      <OfflineIndicator />
      <nav className="sidenav" aria-label="Main">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                <span className="nav-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <span className="nav-label">{item.label}</span>
              </NavLink>
            </li>
          ))}
          {user ? (
            <li className="nav-settings">
              <NavLink to="/settings">
                <span className="nav-icon" aria-hidden="true">
                  ⚙️
                </span>
                <span className="nav-label">Settings</span>
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
