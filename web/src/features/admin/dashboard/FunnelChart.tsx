import type { StatsSummary } from '@aether/common';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { FUNNEL_LABELS } from './labels';

/** Sign-up → first message → enrolment → course completed, with conversion from the first step. */
export function FunnelChart({ funnel }: { funnel: StatsSummary['funnel'] }) {
  const top = funnel[0]?.users ?? 0;
  const rows = funnel.map((f) => ({ name: FUNNEL_LABELS[f.stage], users: f.users }));
  return (
    <figure className="chart" aria-labelledby="funnel-title">
      <figcaption id="funnel-title" className="chart-title">
        Funnel
      </figcaption>
      <div className="chart-box chart-box-short" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 8 }}>
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12, fill: 'var(--muted)' }} />
            <Bar dataKey="users" fill="var(--primary)" radius={[0, 6, 6, 0]} isAnimationActive={false}>
              <LabelList dataKey="users" position="right" style={{ fill: 'var(--text)', fontSize: 12 }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ol className="funnel-list" aria-label="Funnel steps">
        {funnel.map((f) => (
          <li key={f.stage} data-stage={f.stage}>
            <span>{FUNNEL_LABELS[f.stage]}</span> <strong>{f.users}</strong>{' '}
            <span className="muted">{top ? `${Math.round((f.users / top) * 100)}%` : '—'}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
