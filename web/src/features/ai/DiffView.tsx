import { diffLines } from 'diff';
import { useMemo } from 'react';

interface Row {
  left: string | null;
  right: string | null;
  kind: 'same' | 'removed' | 'added' | 'changed';
}

/** Pairs removed and added runs into side-by-side rows. */
function rowsOf(before: string, after: string): Row[] {
  const rows: Row[] = [];
  const parts = diffLines(before, after);
  const lines = (value: string) => value.replace(/\n$/, '').split('\n');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.removed && parts[i + 1]?.added) {
      const left = lines(part.value);
      const right = lines(parts[i + 1]!.value);
      for (let j = 0; j < Math.max(left.length, right.length); j++)
        rows.push({ left: left[j] ?? null, right: right[j] ?? null, kind: 'changed' });
      i++;
    } else if (part.removed) {
      for (const line of lines(part.value)) rows.push({ left: line, right: null, kind: 'removed' });
    } else if (part.added) {
      for (const line of lines(part.value)) rows.push({ left: null, right: line, kind: 'added' });
    } else {
      for (const line of lines(part.value)) rows.push({ left: line, right: line, kind: 'same' });
    }
  }
  return rows;
}

export function DiffView({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const rows = useMemo(() => rowsOf(before, after), [before, after]);
  const changes = rows.filter((r) => r.kind !== 'same').length;
  return (
    <div className="ai-diff-wrap">
      <p className="muted" role="status">
        {changes === 0 ? 'The two versions are identical.' : `${changes} changed line${changes === 1 ? '' : 's'}.`}
      </p>
      <table className="ai-diff">
        <caption className="visually-hidden">
          Differences between {beforeLabel} and {afterLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className={`diff-${row.kind}`}>
              <td className={row.left !== null && row.kind !== 'same' ? 'diff-del' : undefined}>
                {row.left !== null && row.kind !== 'same' && <span className="visually-hidden">removed: </span>}
                {row.left ?? ''}
              </td>
              <td className={row.right !== null && row.kind !== 'same' ? 'diff-ins' : undefined}>
                {row.right !== null && row.kind !== 'same' && <span className="visually-hidden">added: </span>}
                {row.right ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
