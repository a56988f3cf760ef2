import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { Layout } from './Layout';

// Every page is its own chunk: the first route loads only the shell and what it shows.
const HomePage = lazy(() => import('../features/home/HomePage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const SignUpPage = lazy(() => import('../features/auth/SignUpPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage'));
const SettingsPage = lazy(() => import('../features/profile/SettingsPage'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const ChatPage = lazy(() => import('../features/chat/ChatPage'));
const CertificatesPage = lazy(() => import('../features/nft/CertificatesPage'));
const VerifyCertificatePage = lazy(() => import('../features/nft/VerifyCertificatePage'));
const placeholder = (name: 'FeedPage' | 'LearnPage' | 'StudioPage') =>
  lazy(() => import('../features/placeholders/pages').then((m) => ({ default: m[name] })));
const FeedPage = placeholder('FeedPage');
const LearnPage = placeholder('LearnPage');
const StudioPage = placeholder('StudioPage');

const guarded = (element: React.ReactNode, role?: 'admin') => <RequireAuth role={role}>{element}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'signin', element: <SignInPage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'u/:uid', element: <ProfilePage /> },
      { path: 'settings', element: guarded(<SettingsPage />) },
      { path: 'chat', element: guarded(<ChatPage />) },
      { path: 'chat/:roomId', element: guarded(<ChatPage />) },
      { path: 'feed', element: guarded(<FeedPage />) },
      { path: 'learn', element: guarded(<LearnPage />) },
      { path: 'studio', element: guarded(<StudioPage />) },
      { path: 'certificates', element: guarded(<CertificatesPage />) },
      { path: 'certificates/:id', element: <VerifyCertificatePage /> },
      { path: 'admin', element: guarded(<AdminPage />, 'admin') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
