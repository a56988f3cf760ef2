import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { Comments } from './Comments';
import { PostCard } from './PostCard';
import { usePost } from './queries';
import './feed.css';

/** /posts/:postId — the share link target: the post, live, with its comments. */
export default function PostPage() {
  const { postId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const { data: post, isPending, error } = usePost(postId);
  if (!user) return null;
  if (isPending) return <PageSkeleton label="Loading post" />;
  if (error) {
    return (
      <EmptyState title="This post could not be loaded" icon="⚠️">
        <p>{errorMessage(error)}</p>
      </EmptyState>
    );
  }
  if (!post) {
    return (
      <EmptyState title="Post not available" icon="🔒">
        <p>It was deleted, removed by a moderator, or is shared with followers only.</p>
        <Link to="/feed">Back to your feed</Link>
      </EmptyState>
    );
  }
  return (
    <div className="page feed-page-single stack">
      <Link to="/feed">← Feed</Link>
      <PostCard post={post} me={user.uid} onDeleted={() => navigate('/feed')} />
      <Comments postId={post.id} me={user.uid} canComment={!post.hidden} />
    </div>
  );
}
