import { useState, type ReactNode } from 'react';
import { useSentinel } from './useSentinel';

interface Item {
  key: string;
  createdAt: number | null;
  mine: boolean;
}

interface Props<T extends Item> {
  items: T[];
  render: (item: T) => ReactNode;
  /** True when the query returned a full page, so there may be more. */
  hasMore: boolean;
  onMore: () => void;
  label: string;
}

/**
 * A live list that does not jump: items newer than what the reader has seen wait behind a
 * "N new posts" pill (the reader's own posts show at once), and scrolling to the end loads more.
 */
export function LiveList<T extends Item>({ items, render, hasMore, onMore, label }: Props<T>) {
  const [shownUntil, setShownUntil] = useState(() => newest(items));
  const fresh = items.filter((i) => !i.mine && i.createdAt !== null && i.createdAt > shownUntil);
  const shown = items.filter((i) => !fresh.includes(i));
  const sentinel = useSentinel<HTMLDivElement>(onMore, hasMore);

  return (
    <>
      {fresh.length ? (
        <button
          type="button"
          className="new-posts-pill btn btn-primary btn-small"
          onClick={() => {
            setShownUntil(newest(items));
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        >
          {fresh.length === 1 ? '1 new post' : `${fresh.length} new posts`}
        </button>
      ) : null}
      <ol className="post-list" aria-label={label}>
        {shown.map((item) => (
          <li key={item.key}>{render(item)}</li>
        ))}
      </ol>
      <div ref={sentinel} className="history-sentinel" aria-hidden="true" />
      {hasMore ? (
        <button type="button" className="btn btn-ghost" onClick={onMore}>
          Load more
        </button>
      ) : shown.length ? (
        <p className="muted small center">You are all caught up.</p>
      ) : null}
    </>
  );
}

function newest(items: Item[]): number {
  return items.reduce((max, i) => Math.max(max, i.createdAt ?? 0), 0);
}
