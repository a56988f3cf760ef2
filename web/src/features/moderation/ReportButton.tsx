import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';

interface Props {
  kind: 'post' | 'comment' | 'message' | 'user';
  path: string;
  /** What the button says, e.g. "Report post". */
  label?: string;
  className?: string;
}

/** "Report" with a reason, sent to the moderation queue through the moderation-report callable. */
export function ReportButton({ kind, path, label = 'Report', className = 'btn btn-ghost btn-small' }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { report } = await import('./api');
      const { status } = await report({ kind, path, reason: reason.trim() });
      toast.success(status === 'reported' ? 'Thanks — moderators will review it.' : 'You already reported this.');
      setOpen(false);
      setReason('');
    } catch (error) {
      toast.error(errorMessage(error, 'The report could not be sent.'));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <form className="report-form stack-tight" onSubmit={submit} aria-label={`Report this ${kind}`}>
      <label htmlFor={id}>Why are you reporting this {kind}?</label>
      <textarea
        id={id}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        rows={2}
        required
        minLength={3}
        autoFocus
      />
      <div className="row">
        <button type="submit" className="btn btn-danger btn-small" disabled={busy || reason.trim().length < 3}>
          {busy ? 'Sending…' : 'Send report'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
