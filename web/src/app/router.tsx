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
// ---- social ----
const FeedPage = lazy(() => import('../features/feed/FeedPage'));
const PostPage = lazy(() => import('../features/feed/PostPage'));
const FollowListPage = lazy(() => import('../features/feed/FollowListPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const ModerationPage = lazy(() => import('../features/moderation/ModerationPage'));
// ---- ai ----
const StudioPage = lazy(() => import('../features/ai/StudioPage'));
const AssistantPage = lazy(() => import('../features/ai/AssistantPage'));
const HistoryPage = lazy(() => import('../features/ai/HistoryPage'));
// ---- learning ----
const LearnPage = lazy(() => import('../features/learning/LearnPage'));
const CoursePage = lazy(() => import('../features/learning/CoursePage'));
const LessonPage = lazy(() => import('../features/learning/LessonPage'));
const AuthorPage = lazy(() => import('../features/learning/AuthorPage'));
const CertificatesPage = lazy(() => import('../features/nft/CertificatesPage'));
// ---- nft ----
const VerifyCertificatePage = lazy(() => import('../features/nft/VerifyCertificatePage'));

const guarded = (element: React.ReactNode, role?: 'admin' | 'moderator') => (
  <RequireAuth role={role}>{element}</RequireAuth>
);

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
      { path: 'posts/:postId', element: guarded(<PostPage />) },
      { path: 'u/:uid/followers', element: guarded(<FollowListPage which="followers" />) },
      { path: 'u/:uid/following', element: guarded(<FollowListPage which="following" />) },
      { path: 'search', element: guarded(<SearchPage />) },
      { path: 'moderation', element: guarded(<ModerationPage />, 'moderator') },
      { path: 'learn', element: guarded(<LearnPage />) },
      { path: 'learn/author', element: guarded(<AuthorPage />, 'admin') },
      { path: 'learn/:courseId', element: guarded(<CoursePage />) },
      { path: 'learn/:courseId/:lessonId', element: guarded(<LessonPage />) },
      { path: 'studio', element: guarded(<StudioPage />) },
      { path: 'studio/history', element: guarded(<HistoryPage />) },
      { path: 'assistant', element: guarded(<AssistantPage />) },
      { path: 'assistant/:threadId', element: guarded(<AssistantPage />) },
      { path: 'certificates', element: guarded(<CertificatesPage />) },
      { path: 'certificates/:id', element: <VerifyCertificatePage /> },
      { path: 'admin', element: guarded(<AdminPage />, 'admin') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
