import type { SimConfig } from '@aether/common/simulation/params';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FrameMessage, FromWorker, ReadyMessage, ToWorker } from './protocol';

export interface SamplePoint {
  t: number;
  values: Record<string, number>;
}

const MAX_SAMPLES = 900;

/**
 * Owns the simulation worker for one embedded simulation: posts commands, keeps the latest frame
 * (transforms go straight to `onFrame`, outside React), and a bounded history for the plot.
 */
export function useSimulationWorker(config: SimConfig, onFrame: (frame: FrameMessage) => void) {
  const workerRef = useRef<Worker | null>(null);
  const onFrameRef = useRef(onFrame);
  const [ready, setReady] = useState<ReadyMessage | null>(null);
  const [frame, setFrame] = useState<FrameMessage | null>(null);
  const [history, setHistory] = useState<SamplePoint[]>([]);
  const [error, setError] = useState<string | null>(null);
  const configKey = JSON.stringify(config);

  useEffect(() => {
    onFrameRef.current = onFrame;
  });

  useEffect(() => {
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'ready') {
        setReady(msg);
        setHistory([]);
      } else if (msg.type === 'frame') {
        onFrameRef.current(msg);
        setFrame(msg);
        setHistory((h) => {
          const lastT = h.length ? h[h.length - 1]!.t : -1;
          if (msg.t === lastT) return h;
          const next = msg.t < lastT ? [] : h;
          const point = { t: msg.t, values: msg.readouts };
          return next.length >= MAX_SAMPLES ? [...next.slice(next.length - MAX_SAMPLES + 1), point] : [...next, point];
        });
      } else setError(msg.message);
    };
    worker.onerror = (event) => setError(event.message || 'The simulation stopped unexpectedly.');
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    workerRef.current?.postMessage({ type: 'init', config: JSON.parse(configKey) as SimConfig } satisfies ToWorker);
  }, [configKey]);

  const send = useCallback((msg: ToWorker) => workerRef.current?.postMessage(msg), []);
  return { ready, frame, history, error, send };
}
