import { useSearchParams } from 'react-router';
import { useSession } from '../auth/authStore';
import { DiscoverFeed, FollowingFeed } from './FeedLists';
import { PostComposer } from './PostComposer';
import { WhoToFollow } from './WhoToFollow';
import './feed.css';

const TABS = [
  { id: 'following', label: 'Following' },
  { id: 'discover', label: 'Discover' },
] as const;

/** /feed: composer, Following / Discover tabs (Discover: recent or popular), who-to-follow panel. */
export default function FeedPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'discover' ? 'discover' : 'following';
  const mode = params.get('sort') === 'popular' ? 'popular' : 'recent';
  if (!user) return null;
  return (
    <div className="page feed-page">
      <section className="feed-main stack" aria-labelledby="feed-title">
        <h1 id="feed-title">Feed</h1>
        <PostComposer uid={user.uid} />
        <div role="tablist" aria-label="Feeds" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              className={`tab${tab === t.id ? ' tab-active' : ''}`}
              onClick={() => setParams(t.id === 'discover' ? { tab: 'discover' } : {})}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="stack">
          {tab === 'following' ? (
            <FollowingFeed me={user.uid} />
          ) : (
            <>
              <div className="row" role="group" aria-label="Sort">
                <button
                  type="button"
                  className={`btn btn-small ${mode === 'recent' ? 'btn-primary' : 'btn-ghost'}`}
                  aria-pressed={mode === 'recent'}
                  onClick={() => setParams({ tab: 'discover' })}
                >
                  Recent
                </button>
                <button
                  type="button"
                  className={`btn btn-small ${mode === 'popular' ? 'btn-primary' : 'btn-ghost'}`}
                  aria-pressed={mode === 'popular'}
                  onClick={() => setParams({ tab: 'discover', sort: 'popular' })}
                >
                  Popular
                </button>
              </div>
              <DiscoverFeed key={mode} me={user.uid} mode={mode} />
            </>
          )}
        </div>
      </section>
      <WhoToFollow uid={user.uid} />
    </div>
  );
}
