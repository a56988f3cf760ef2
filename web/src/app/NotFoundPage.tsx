import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export default function NotFoundPage() {
  return (
    <EmptyState title="Page not found" icon="🛸">
      <p>Nothing lives at this address. It may have moved, or the link has a typo.</p>
      <Link to="/" className="btn btn-primary">
        Go home
      </Link>
    </EmptyState>
  );
}
