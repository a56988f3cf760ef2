import type { Cohort } from '@aether/common';
import { shortDay } from './labels';

/** Weekly retention: of the users first seen in a week, the share active 0, 1, 2 … weeks later. */
export function CohortTable({ cohorts }: { cohorts: Cohort[] }) {
  const width = Math.max(1, ...cohorts.map((c) => c.active.length));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="cohort-title">
      <table className="cohort-table">
        <caption id="cohort-title">Weekly retention cohorts</caption>
        <thead>
          <tr>
            <th scope="col">First week</th>
            <th scope="col">Users</th>
            {Array.from({ length: width }, (_, k) => (
              <th scope="col" key={k}>
                Week {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <tr key={c.week}>
              <th scope="row">{shortDay(c.week)}</th>
              <td>{c.size}</td>
              {Array.from({ length: width }, (_, k) => {
                const n = c.active[k];
                if (n === undefined) return <td key={k} />;
                const share = c.size ? Math.round((n / c.size) * 100) : 0;
                return (
                  <td key={k} className="cohort-cell" style={{ '--share': `${share}%` } as React.CSSProperties}>
                    {c.size ? `${share}%` : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
