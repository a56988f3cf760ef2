import { Link } from 'react-router';
import { NAV_ITEMS } from '../../app/navigation';
import { useSession } from '../auth/authStore';
import { useProfile } from '../profile/queries';
import { NewestMembers } from './NewestMembers';

const BLURBS: Record<string, string> = {
  '/chat': 'Talk in real time with rooms, DMs and presence.',
  '/feed': 'Share posts and follow people you learn with.',
  '/learn': 'Play with 3D physics simulations and take quizzes.',
  '/studio': 'Generate code, API specs, UI and CLI tools with AI.',
  '/certificates': 'Earn course certificates minted on Solana.',
};

export default function HomePage() {
  const { user, status } = useSession();
  const { data: profile } = useProfile(user?.uid);
  const name = profile?.displayName ?? user?.displayName;
  const cards = NAV_ITEMS.filter((item) => BLURBS[item.to]);

  return (
    <div className="page home-page">
      <section className="hero">
        <h1>{user ? `Welcome${name ? `, ${name}` : ''}` : 'Learn, build and talk, together.'}</h1>
        <p className="muted">
          Aether brings chat, posts, physics simulations, an AI studio and verifiable certificates into one app that
          works offline.
        </p>
        {status === 'signedOut' ? (
          <div className="row">
            <Link to="/signup" className="btn btn-primary">
              Create an account
            </Link>
            <Link to="/signin" className="btn btn-outline">
              Sign in
            </Link>
          </div>
        ) : null}
      </section>
      <ul className="card-grid" aria-label="What you can do">
        {cards.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="card feature-card">
              <span className="feature-icon" aria-hidden="true">
                {item.icon}
              </span>
              <strong>{item.label}</strong>
              <span className="muted">{BLURBS[item.to]}</span>
            </Link>
          </li>
        ))}
      </ul>
      {user ? <NewestMembers /> : null}
    </div>
  );
}
