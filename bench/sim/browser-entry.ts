// Browser side of `npm run bench:sim`: the app's own worker and three.js scene, driven for a fixed
// time per body count; results are read back by bench/sim.mjs through window.__benchResult.
import { defaultParams } from '@aether/common/simulation/params';
import type { FromWorker } from '../../web/src/features/simulation/protocol';
import { Scene3D, webglAvailable } from '../../web/src/features/simulation/Scene3D';

interface Result {
  count: number;
  webgl: boolean;
  frames: number;
  frameMs: { mean: number; p95: number };
  renderMs: { mean: number; p95: number };
  workerStepMs: { mean: number; p95: number };
  simSeconds: number;
  wallSeconds: number;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { mean: +mean.toFixed(2), p95: +(s[Math.floor(s.length * 0.95)] ?? 0).toFixed(2) };
};

async function run(count: number, seconds: number): Promise<Result> {
  const container = document.getElementById('view')!;
  const webgl = webglAvailable();
  const worker = new Worker('./worker.js', { type: 'module' });
  let scene: Scene3D | null = null;
  const stepMs: number[] = [];
  const renderMs: number[] = [];
  let simT = 0;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    if (msg.type === 'ready' && webgl) {
      scene = new Scene3D(container, { kind: 'sandbox', params: msg.params, radii: msg.radii });
    } else if (msg.type === 'frame') {
      scene?.update(msg.transforms);
      if (msg.stepMs > 0) stepMs.push(msg.stepMs);
      simT = msg.t;
    }
  };
  worker.postMessage({
    type: 'init',
    config: { kind: 'sandbox', params: { ...defaultParams('sandbox'), count }, seed: 42 },
  });
  worker.postMessage({ type: 'play' });
  const frameMs: number[] = [];
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let last = performance.now();
    const loop = () => {
      const now = performance.now();
      frameMs.push(now - last);
      last = now;
      if (scene) renderMs.push((scene as Scene3D).lastRenderMs);
      if (now - start < seconds * 1000) requestAnimationFrame(loop);
      else resolve();
    };
    requestAnimationFrame(loop);
  });
  worker.terminate();
  (scene as Scene3D | null)?.dispose();
  return {
    count,
    webgl,
    frames: frameMs.length,
    frameMs: stats(frameMs.slice(5)),
    renderMs: stats(renderMs.slice(5)),
    workerStepMs: stats(stepMs),
    simSeconds: +simT.toFixed(2),
    wallSeconds: +((performance.now() - start) / 1000).toFixed(2),
  };
}

async function main() {
  const params = new URLSearchParams(location.search);
  const counts = (params.get('counts') ?? '100,500,1000').split(',').map(Number);
  const seconds = Number(params.get('seconds') ?? 5);
  const results: Result[] = [];
  for (const count of counts) results.push(await run(count, seconds));
  (window as unknown as { __benchResult: Result[] }).__benchResult = results;
}

main().catch((error) => {
  (window as unknown as { __benchError: string }).__benchError = String(error?.stack ?? error);
});
