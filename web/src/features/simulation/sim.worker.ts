/// <reference lib="webworker" />
// Runs the cannon-es simulation off the main thread at a fixed time step and streams transforms.
import { Simulation, TRANSFORM_STRIDE } from '@aether/common/simulation/engine';
import type { SimConfig } from '@aether/common/simulation/params';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const TICK_MS = 1000 / 60;
/** Never try to catch up more than this many steps in one tick (keeps a slow machine responsive). */
const MAX_STEPS_PER_TICK = 64;

let sim: Simulation | null = null;
let running = false;
let speed = 1;
let timer: ReturnType<typeof setInterval> | null = null;
let last = 0;
let accumulator = 0;

function post(message: FromWorker, transfer: Transferable[] = []) {
  self.postMessage(message, transfer);
}

function frame(stepMs: number) {
  if (!sim) return;
  const transforms = sim.writeTransforms(new Float32Array(sim.bodies.length * TRANSFORM_STRIDE));
  post(
    {
      type: 'frame',
      t: sim.t,
      steps: sim.steps,
      running,
      done: sim.done,
      transforms,
      readouts: sim.readouts(),
      measurement: sim.measurement(),
      stepMs,
    },
    [transforms.buffer],
  );
}

function tick() {
  if (!sim || !running) return;
  const now = performance.now();
  accumulator += ((now - last) / 1000) * speed;
  last = now;
  const steps = Math.min(MAX_STEPS_PER_TICK, Math.floor(accumulator / sim.dt));
  accumulator -= steps * sim.dt;
  if (accumulator > sim.dt * MAX_STEPS_PER_TICK) accumulator = 0; // fell behind: drop, do not spiral
  const start = performance.now();
  sim.step(steps);
  const stepMs = performance.now() - start;
  if (sim.done) setRunning(false);
  frame(stepMs);
}

function setRunning(value: boolean) {
  running = value;
  if (running && !timer) {
    last = performance.now();
    accumulator = 0;
    timer = setInterval(tick, TICK_MS);
  } else if (!running && timer) {
    clearInterval(timer);
    timer = null;
  }
}

function load(config: SimConfig) {
  setRunning(false);
  sim = new Simulation(config);
  post({ type: 'ready', kind: sim.kind, params: sim.params, seed: sim.seed, radii: sim.radii, dt: sim.dt });
  frame(0);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'init' || msg.type === 'reset') load(msg.config);
    else if (msg.type === 'play') {
      if (sim && !sim.done) setRunning(true);
      frame(0);
    } else if (msg.type === 'pause') {
      setRunning(false);
      frame(0);
    } else if (msg.type === 'step') {
      setRunning(false);
      const start = performance.now();
      sim?.step(1);
      frame(performance.now() - start);
    } else if (msg.type === 'speed') speed = Math.min(8, Math.max(0.1, msg.value));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
