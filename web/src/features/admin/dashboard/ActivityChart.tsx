import type { SeriesPoint } from '@aether/common';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { shortDay } from './labels';

const LINES = [
  { key: 'dau', name: 'Active users', color: 'var(--primary)' },
  { key: 'message_sent', name: 'Messages', color: '#2b8a3e' },
  { key: 'page_view', name: 'Page views', color: '#e67700' },
  { key: 'sign_up', name: 'Sign-ups', color: '#1971c2' },
] as const;

/** Daily activity over the last 30 days, with a data table for screen readers. */
export function ActivityChart({ series }: { series: SeriesPoint[] }) {
  const rows = series.map((p) => ({
    day: shortDay(p.day),
    dau: p.dau,
    message_sent: p.counts.message_sent ?? 0,
    page_view: p.counts.page_view ?? 0,
    sign_up: p.counts.sign_up ?? 0,
  }));
  const recent = rows.filter((r) => r.dau || r.message_sent || r.page_view || r.sign_up).slice(-7);
  return (
    <figure className="chart" aria-labelledby="activity-title">
      <figcaption id="activity-title" className="chart-title">
        Daily activity, last 30 days
      </figcaption>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="day" tick={{ fontSize: 11, fill: 'var(--muted)' }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
            <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {LINES.map((l) => (
              <Line
                key={l.key}
                type="monotone"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {/* A table ignores width: 1px, so the wrapper clips it (else it widens the page on a phone). */}
      <div className="visually-hidden">
        <table aria-label="Recent daily activity">
          <thead>
            <tr>
              <th>Day</th>
              {LINES.map((l) => (
                <th key={l.key}>{l.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {recent.map((r) => (
              <tr key={r.day}>
                <td>{r.day}</td>
                {LINES.map((l) => (
                  <td key={l.key}>{r[l.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
