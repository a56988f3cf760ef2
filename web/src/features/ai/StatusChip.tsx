import type { Generation } from './types';

const LABELS = {
  queued: 'Queued',
  streaming: 'Generating…',
  done: 'Done',
  error: 'Failed',
  cancelled: 'Cancelled',
} as const;

export function StatusChip({ generation }: { generation: Generation }) {
  const label =
    generation.pending && generation.status === 'queued'
      ? 'Waiting for connection…'
      : generation.cancelRequested && generation.status === 'streaming'
        ? 'Cancelling…'
        : LABELS[generation.status];
  return (
    <span className="row" style={{ gap: '0.4rem' }}>
      <span className={`badge ai-status ai-status-${generation.status}`}>{label}</span>
      {generation.demo && (
        <span className="badge ai-demo" title="No OpenAI key is configured: a local demo server answered">
          Demo output
        </span>
      )}
      {generation.cached && <span className="badge">From cache</span>}
    </span>
  );
}
