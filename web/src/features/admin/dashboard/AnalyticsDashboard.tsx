import { toast } from 'sonner';
import { Spinner } from '../../../components/Spinner';
import { errorMessage } from '../../../lib/errors';
import { useAdminSummary, useRunRollup } from '../../analytics/queries';
import type { AdminSummary } from '../../analytics/types';
import { ActivityChart } from './ActivityChart';
import { CohortTable } from './CohortTable';
import { FunnelChart } from './FunnelChart';
import { KpiCards } from './KpiCards';
import { TopList } from './TopList';

function ModerationFigures({ moderation }: { moderation: AdminSummary['moderation'] }) {
  return (
    <section className="card" aria-labelledby="moderation-figures">
      <h3 id="moderation-figures">Moderation queue</h3>
      <dl className="figures">
        <div>
          <dt>Open</dt>
          <dd data-figure="open">{moderation.open}</dd>
        </div>
        <div>
          <dt>Approved</dt>
          <dd>{moderation.approved}</dd>
        </div>
        <div>
          <dt>Removed</dt>
          <dd>{moderation.removed}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The analytics half of the admin page: everything is read from stats/summary (the rollup). */
export function AnalyticsDashboard() {
  const summary = useAdminSummary();
  const refresh = useRunRollup();
  const data = summary.data;

  function run() {
    refresh.mutate(undefined, {
      onSuccess: () => toast.success('Analytics updated.'),
      onError: (error) => toast.error(errorMessage(error)),
    });
  }

  return (
    <section className="stack" aria-labelledby="analytics-title">
      <div className="row analytics-head">
        <h2 id="analytics-title">Analytics</h2>
        <span className="muted" aria-live="polite">
          {data ? `Updated ${new Date(data.generatedAtMs).toLocaleString()}` : null}
        </span>
        <button type="button" className="btn btn-small btn-outline" onClick={run} disabled={refresh.isPending}>
          {refresh.isPending ? <Spinner label="Refreshing" /> : null} Refresh now
        </button>
      </div>
      {summary.error ? (
        <p className="form-error" role="alert">
          {errorMessage(summary.error)}
        </p>
      ) : summary.isPending ? (
        <div className="skeleton analytics-skeleton" role="status" aria-label="Loading analytics" />
      ) : !data ? (
        <div className="card">
          <p>No figures yet: the hourly rollup has not run. “Refresh now” computes them from the events so far.</p>
        </div>
      ) : (
        <>
          <KpiCards kpis={data.kpis} />
          <div className="card">
            <ActivityChart series={data.series} />
          </div>
          <div className="dashboard-grid">
            <div className="card">
              <FunnelChart funnel={data.funnel} />
            </div>
            <div className="card">
              <CohortTable cohorts={data.cohorts} />
            </div>
          </div>
          <div className="dashboard-grid dashboard-grid-3">
            <TopList title="Top rooms" items={data.topRooms} unit="messages" empty="No messages in public rooms yet." />
            <TopList
              title="Top courses"
              items={data.topCourses}
              unit="enrolments and completions"
              empty="No course activity yet."
            />
            <ModerationFigures moderation={data.moderation} />
          </div>
        </>
      )}
    </section>
  );
}
