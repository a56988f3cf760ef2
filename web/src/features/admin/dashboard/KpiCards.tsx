import { percentChange, type Kpi } from '@aether/common';
import { KPI_LABELS } from './labels';

function Change({ kpi }: { kpi: Kpi }) {
  const change = percentChange(kpi.value, kpi.previous);
  const period = KPI_LABELS[kpi.key].period;
  // More errors is bad news; for everything else up is good.
  const good = kpi.key === 'client_error' ? (change ?? 1) <= 0 : (change ?? 1) >= 0;
  const text = change === null ? 'new' : `${change > 0 ? '+' : ''}${change}%`;
  return (
    <span className={`kpi-change ${good ? 'kpi-up' : 'kpi-down'}`}>
      {text} <span className="muted">{period}</span>
      <span className="visually-hidden"> (previously {kpi.previous})</span>
    </span>
  );
}

export function KpiCards({ kpis }: { kpis: Kpi[] }) {
  return (
    <ul className="kpi-grid" aria-label="Key figures">
      {kpis.map((kpi) => (
        <li key={kpi.key} className="card kpi-card" data-kpi={kpi.key}>
          <span className="kpi-label">{KPI_LABELS[kpi.key].label}</span>
          <strong className="kpi-value">{kpi.value.toLocaleString()}</strong>
          <Change kpi={kpi} />
        </li>
      ))}
    </ul>
  );
}
