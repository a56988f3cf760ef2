import type { SearchKind } from '@aether/common/social/search';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import '../feed/feed.css';

const TABS: { id: SearchKind | 'all'; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'user', label: 'People' },
  { id: 'post', label: 'Posts' },
  { id: 'course', label: 'Courses' },
  { id: 'room', label: 'Rooms' },
];
const ICON: Record<SearchKind, string> = { user: '👤', post: '📝', course: '🧪', room: '💬' };

/** /search?q=…&tab=… — people, posts, courses and rooms by words and prefixes. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'all') as SearchKind | 'all';
  const [draft, setDraft] = useState(q);
  const results = useQuery({
    queryKey: ['search', q, tab],
    queryFn: () => import('./api').then((m) => m.searchIndex(q, tab)),
    enabled: q.trim().length >= 2,
    staleTime: 10_000,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams({ q: draft.trim(), ...(tab !== 'all' ? { tab } : {}) });
  }

  return (
    <section className="page stack search-page" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form role="search" className="row composer-row" onSubmit={submit}>
        <label htmlFor="search-q" className="visually-hidden">
          Search people, posts, courses and rooms
        </label>
        <input
          id="search-q"
          type="search"
          placeholder="Search people, posts, courses and rooms"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoFocus
        />
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
      <div role="tablist" aria-label="What to search" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={`tab${tab === t.id ? ' tab-active' : ''}`}
            onClick={() => setParams({ ...(q ? { q } : {}), ...(t.id !== 'all' ? { tab: t.id } : {}) })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-live="polite">
        {q.trim().length < 2 ? (
          <p className="muted">Type at least two letters. Words and their beginnings both match.</p>
        ) : results.isPending ? (
          <Spinner label="Searching" />
        ) : results.error ? (
          <p className="form-error">{errorMessage(results.error, 'Search failed.')}</p>
        ) : !results.data?.length ? (
          <EmptyState title={`Nothing found for “${q}”`} icon="🔎">
            <p>Try a shorter word or another tab.</p>
          </EmptyState>
        ) : (
          <ul className="stack-tight" aria-label="Results">
            {results.data.map((r) => (
              <li key={r.id} className="card search-result">
                <span aria-hidden="true">{ICON[r.kind]}</span>
                <div>
                  <Link to={r.link}>{r.title || '(untitled)'}</Link>
                  <span className="visually-hidden"> ({r.kind})</span>
                  {r.subtitle ? <div className="muted small">{r.subtitle}</div> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
