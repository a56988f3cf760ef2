import type { RankedItem } from '@aether/common';

export function TopList({
  title,
  items,
  unit,
  empty,
}: {
  title: string;
  items: RankedItem[];
  unit: string;
  empty: string;
}) {
  const id = `top-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="top-list">
          {items.map((item) => (
            <li key={item.id}>
              <span>{item.name ?? item.id}</span>
              <span className="muted">
                {item.count} {unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
