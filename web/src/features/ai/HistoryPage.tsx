import { STUDIO_TYPES, TYPE_LABELS, type GenerationType } from '@aether/common';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { useSession } from '../auth/authStore';
import { AiTabs } from './AiTabs';
import { aiActions, useMyGenerations, useMyThreads } from './queries';
import type { Generation } from './types';
import './ai.css';

interface Entry {
  key: string;
  kind: GenerationType;
  title: string;
  /** Text searched (prompts of every version or turn). */
  haystack: string;
  at: number | null;
  link: string;
  detail: string;
  ids: string[];
  threadId: string | null;
}

function entriesOf(
  generations: Generation[],
  threads: { id: string; title: string; updatedAt: number | null }[],
): Entry[] {
  const roots = new Map<string, Generation[]>();
  const turns = new Map<string, Generation[]>();
  for (const g of generations) {
    const map = g.type === 'chat' ? turns : roots;
    const key = g.type === 'chat' ? (g.threadId ?? g.id) : g.rootId;
    map.set(key, [...(map.get(key) ?? []), g]);
  }
  const entries: Entry[] = [];
  for (const [rootId, versions] of roots) {
    const first = versions.reduce((a, b) => (a.version <= b.version ? a : b));
    const latest = versions.reduce((a, b) => (a.version >= b.version ? a : b));
    entries.push({
      key: rootId,
      kind: first.type,
      title: first.prompt,
      haystack: versions
        .map((v) => `${v.prompt} ${v.name ?? ''}`)
        .join(' ')
        .toLowerCase(),
      at: Math.max(...versions.map((v) => v.createdAt ?? Date.now())),
      link: `/studio?g=${rootId}&v=${latest.id}`,
      detail: `${versions.length} version${versions.length === 1 ? '' : 's'} · ${latest.status}${latest.demo ? ' · demo' : ''}`,
      ids: versions.map((v) => v.id),
      threadId: null,
    });
  }
  for (const thread of threads) {
    const own = turns.get(thread.id) ?? [];
    entries.push({
      key: thread.id,
      kind: 'chat',
      title: thread.title,
      haystack: `${thread.title} ${own.map((t) => t.prompt).join(' ')}`.toLowerCase(),
      at: Math.max(thread.updatedAt ?? 0, ...own.map((t) => t.createdAt ?? Date.now())),
      link: `/assistant/${thread.id}`,
      detail: `${own.length} message${own.length === 1 ? '' : 's'}`,
      ids: own.map((t) => t.id),
      threadId: thread.id,
    });
  }
  return entries.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}

/** Every studio result and assistant thread, newest first: filter, search, reopen, delete. */
export default function HistoryPage() {
  const { user } = useSession();
  const generations = useMyGenerations(user?.uid);
  const threads = useMyThreads(user?.uid);
  const [filter, setFilter] = useState<GenerationType | 'all'>('all');
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = useMemo(
    () => entriesOf(generations.data ?? [], threads.data ?? []),
    [generations.data, threads.data],
  );
  if (!user) return null;
  const needle = search.trim().toLowerCase();
  const shown = entries.filter(
    (e) => (filter === 'all' || e.kind === filter) && (!needle || e.haystack.includes(needle)),
  );

  const remove = async (entry: Entry) => {
    if (!window.confirm(`Delete “${entry.title.slice(0, 60)}”? This cannot be undone.`)) return;
    try {
      if (entry.threadId) await aiActions.removeThread(entry.threadId, entry.ids);
      else await aiActions.remove(entry.ids);
      setError(null);
    } catch {
      setError('Could not delete it. Check your connection and try again.');
    }
  };

  return (
    <div className="page stack ai-page">
      <AiTabs />
      <h1>History</h1>
      <div className="row ai-history-controls">
        <div className="field">
          <label htmlFor="ai-filter">Type</label>
          <select id="ai-filter" value={filter} onChange={(e) => setFilter(e.target.value as GenerationType | 'all')}>
            <option value="all">All</option>
            {[...STUDIO_TYPES, 'chat' as const].map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ai-search">Search prompts</label>
          <input id="ai-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {(generations.error || threads.error) && (
        <p className="form-error" role="alert">
          Could not load your history: {(generations.error ?? threads.error)!.message}
        </p>
      )}
      {generations.isPending ? (
        <Skeleton />
      ) : shown.length === 0 ? (
        <EmptyState title={entries.length ? 'Nothing matches' : 'No generations yet'} icon="🗂️">
          <p>
            {entries.length ? (
              'Try another type or search.'
            ) : (
              <Link to="/studio">Generate something in the studio.</Link>
            )}
          </p>
        </EmptyState>
      ) : (
        <ul className="ai-history" aria-label="Generations and conversations">
          {shown.map((entry) => (
            <li key={entry.key} className="card">
              <div className="stack-tight">
                <span className="badge">{TYPE_LABELS[entry.kind]}</span>
                <Link to={entry.link} className="ai-history-title">
                  {entry.title}
                </Link>
                <span className="muted">
                  {entry.at ? new Date(entry.at).toLocaleString() : 'Not synced yet'} · {entry.detail}
                </span>
              </div>
              <button
                className="btn btn-ghost btn-small"
                type="button"
                aria-label={`Delete ${entry.title.slice(0, 60)}`}
                onClick={() => void remove(entry)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
