import type { Challenge } from '@aether/common/learning/schema';
import { normalizeParams, PARAM_SPECS, type SimKind, type SimParams } from '@aether/common/simulation/params';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Controls } from './Controls';
import { READOUTS, PLOTS, formatReadout } from './display';
import { Plot } from './Plot';
import type { FrameMessage } from './protocol';
import { Scene3D, webglAvailable } from './Scene3D';
import { useSimulationWorker } from './useSimulationWorker';
import './simulation.css';

export interface ChallengeCheck {
  params: SimParams;
  seed: number;
  claimed: Record<string, number>;
}

export interface SimulationPanelProps {
  kind: SimKind;
  params: SimParams;
  seed: number;
  challenge?: Challenge | null;
  /** Already met (from the learner's enrollment). */
  challengePassed?: boolean;
  /** Sends the finished run to the server to be re-simulated and judged. */
  onCheckChallenge?: (check: ChallengeCheck) => Promise<{ passed: boolean; value: number }>;
}

/**
 * An embedded simulation: the worker steps cannon-es, this panel draws it with three.js and shows
 * controls, parameter sliders, live readouts, a live plot and the challenge. Loaded lazily.
 */
export default function SimulationPanel(props: SimulationPanelProps) {
  const { kind, seed, challenge } = props;
  const [params, setParams] = useState<SimParams>(() => normalizeParams(kind, props.params));
  const [speed, setSpeed] = useState(1);
  const viewRef = useRef<HTMLDivElement>(null);
  const sceneRef = useRef<Scene3D | null>(null);
  const [canDraw] = useState(() => webglAvailable());
  const config = useMemo(() => ({ kind, params, seed }), [kind, params, seed]);
  const onFrame = useCallback((frame: FrameMessage) => sceneRef.current?.update(frame.transforms), []);
  const { ready, frame, history, error, send } = useSimulationWorker(config, onFrame);

  useEffect(() => {
    if (!ready || !canDraw || !viewRef.current) return undefined;
    let scene: Scene3D | null = null;
    try {
      scene = new Scene3D(viewRef.current, {
        kind: ready.kind,
        params: ready.params,
        radii: ready.radii,
        targetX: challenge?.metric === 'range' ? challenge.target : null,
      });
      sceneRef.current = scene;
      (window as unknown as { __aetherScene?: Scene3D }).__aetherScene = scene;
    } catch {
      sceneRef.current = null;
    }
    return () => {
      scene?.dispose();
      sceneRef.current = null;
    };
  }, [ready, canDraw, challenge]);

  useEffect(() => {
    send({ type: 'speed', value: speed });
  }, [speed, send]);

  const readouts = frame?.readouts ?? {};
  const running = frame?.running ?? false;

  return (
    <section className="sim-panel card" aria-label="Simulation">
      <div className="sim-stage">
        {canDraw ? (
          <div ref={viewRef} className="sim-view" data-testid="sim-view" />
        ) : (
          <p className="sim-view sim-no-webgl muted" role="note">
            3D view unavailable in this browser (no WebGL). The simulation, readouts and plot still run.
          </p>
        )}
        <Plot samples={history} series={PLOTS[kind].series} title={PLOTS[kind].title} />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Controls
        running={running}
        done={frame?.done ?? false}
        speed={speed}
        onPlay={() => send({ type: 'play' })}
        onPause={() => send({ type: 'pause' })}
        onStep={() => send({ type: 'step' })}
        onReset={() => send({ type: 'reset', config })}
        onSpeed={setSpeed}
      />
      <div className="sim-columns">
        <fieldset className="sim-params">
          <legend>Parameters</legend>
          {PARAM_SPECS[kind].map((spec) => (
            // The value is shown as text, not an <output>: an <output> is labelable, and inside the
            // label it would take the label away from the slider.
            <label key={spec.key} className="sim-slider">
              <span>
                {spec.label}{' '}
                <span className="sim-slider-value" aria-hidden="true">
                  {params[spec.key]} {spec.unit}
                </span>
              </span>
              <input
                type="range"
                min={spec.min}
                max={spec.max}
                step={spec.step}
                value={params[spec.key]}
                aria-valuetext={`${params[spec.key]} ${spec.unit}`}
                disabled={running}
                onChange={(e) => setParams((p) => ({ ...p, [spec.key]: Number(e.target.value) }))}
              />
            </label>
          ))}
        </fieldset>
        <dl className="sim-readouts" aria-label="Readouts" aria-live="off">
          {READOUTS[kind].map((spec) => (
            <div key={spec.key}>
              <dt>{spec.label}</dt>
              <dd data-readout={spec.key}>{formatReadout(readouts[spec.key], spec)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {challenge ? (
        <ChallengeBox
          challenge={challenge}
          passed={props.challengePassed ?? false}
          measurement={frame?.done ? frame.measurement : null}
          onCheck={
            props.onCheckChallenge && frame?.done
              ? () =>
                  props.onCheckChallenge!({
                    params,
                    seed,
                    // Only the judged figure: the callable refuses anything else.
                    claimed: pick(frame.measurement, challenge.metric),
                  })
              : undefined
          }
        />
      ) : null}
    </section>
  );
}

function ChallengeBox({
  challenge,
  passed,
  measurement,
  onCheck,
}: {
  challenge: Challenge;
  passed: boolean;
  measurement: Record<string, number> | null;
  onCheck?: () => Promise<{ passed: boolean; value: number }>;
}) {
  const [state, setState] = useState<{ status: 'idle' | 'checking' | 'done' | 'error'; message?: string }>({
    status: 'idle',
  });
  const value = measurement?.[challenge.metric];
  const check = async () => {
    if (!onCheck) return;
    setState({ status: 'checking' });
    try {
      const verdict = await onCheck();
      setState({
        status: 'done',
        message: verdict.passed
          ? `Challenge met: ${verdict.value.toFixed(3)} (verified by the server).`
          : `Not yet: the server measured ${verdict.value.toFixed(3)}; the goal is ${challenge.target} ± ${challenge.tolerance}.`,
      });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : 'The check failed.' });
    }
  };
  return (
    <div className="sim-challenge" role="group" aria-label="Challenge">
      <p>
        <span aria-hidden="true">{passed ? '✅' : '🎯'}</span> <strong>Challenge:</strong> {challenge.goal}{' '}
        {passed ? <span className="badge">Met</span> : null}
      </p>
      <p className="muted">
        {value !== undefined
          ? `This run: ${challenge.metric} = ${value.toFixed(3)}`
          : 'Run the simulation to the end, then check your result.'}
      </p>
      <button
        type="button"
        className="btn btn-primary btn-small"
        disabled={!onCheck || state.status === 'checking'}
        onClick={check}
      >
        {state.status === 'checking' ? 'Checking…' : 'Check result'}
      </button>
      {state.message ? (
        <p role="status" className={state.status === 'error' ? 'form-error' : undefined}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

function pick(measurement: Record<string, number>, key: string): Record<string, number> {
  return measurement[key] === undefined ? {} : { [key]: measurement[key] };
}
