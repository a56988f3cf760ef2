const SPEEDS = [0.25, 0.5, 1, 2, 4];

export function Controls(props: {
  running: boolean;
  done: boolean;
  speed: number;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  onSpeed: (speed: number) => void;
}) {
  return (
    <div className="sim-controls row" role="toolbar" aria-label="Simulation controls">
      {props.running ? (
        <button type="button" className="btn btn-outline btn-small" onClick={props.onPause}>
          Pause
        </button>
      ) : (
        <button type="button" className="btn btn-primary btn-small" onClick={props.onPlay} disabled={props.done}>
          Play
        </button>
      )}
      <button type="button" className="btn btn-outline btn-small" onClick={props.onStep} disabled={props.done}>
        Step
      </button>
      <button type="button" className="btn btn-outline btn-small" onClick={props.onReset}>
        Reset
      </button>
      <label className="sim-speed">
        Speed{' '}
        <select
          aria-label="Simulation speed"
          value={props.speed}
          onChange={(e) => props.onSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      {props.done ? <span className="badge">Finished</span> : null}
    </div>
  );
}
