export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className="learn-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-label={label}
    >
      <div className="learn-progress-fill" style={{ width: `${pct}%` }} />
      <span className="learn-progress-text">{pct}%</span>
    </div>
  );
}
