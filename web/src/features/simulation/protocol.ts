import type { SimConfig, SimKind } from '@aether/common/simulation/params';

// Messages between the page and the simulation worker.
export type ToWorker =
  | { type: 'init'; config: SimConfig }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset'; config: SimConfig }
  | { type: 'speed'; value: number };

export interface FrameMessage {
  type: 'frame';
  t: number;
  steps: number;
  running: boolean;
  done: boolean;
  /** TRANSFORM_STRIDE floats per body (position xyz, quaternion xyzw); transferred, not copied. */
  transforms: Float32Array;
  readouts: Record<string, number>;
  /** What a challenge is judged on, once the run is done. */
  measurement: Record<string, number>;
  /** Wall time the last batch of steps took, ms (for the benchmark and the readout panel). */
  stepMs: number;
}

export interface ReadyMessage {
  type: 'ready';
  kind: SimKind;
  params: Record<string, number>;
  seed: number;
  radii: number[];
  dt: number;
}

export type FromWorker = FrameMessage | ReadyMessage | { type: 'error'; message: string };
