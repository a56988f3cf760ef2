import { useEffect, useRef } from 'react';
import type { SamplePoint } from './useSimulationWorker';

export interface PlotSeries {
  key: string;
  label: string;
  color: string;
}

/** A small live line plot on a canvas (cheap enough to redraw every frame). */
export function Plot({ samples, series, title }: { samples: SamplePoint[]; series: PlotSeries[]; title: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth || 320;
    const height = canvas.clientHeight || 160;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const pad = { left: 40, right: 8, top: 8, bottom: 20 };
    const t0 = samples[0]?.t ?? 0;
    const t1 = Math.max(samples[samples.length - 1]?.t ?? 1, t0 + 1e-6);
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of samples)
      for (const { key } of series) {
        const v = s.values[key];
        if (v !== undefined && Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    if (!Number.isFinite(lo)) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-9) {
      hi += 1;
      lo -= 1;
    }
    const x = (t: number) => pad.left + ((t - t0) / (t1 - t0)) * (width - pad.left - pad.right);
    const y = (v: number) => pad.top + (1 - (v - lo) / (hi - lo)) * (height - pad.top - pad.bottom);
    const style = getComputedStyle(canvas);
    ctx.strokeStyle = style.getPropertyValue('--border') || '#94a3b8';
    ctx.fillStyle = style.color || '#94a3b8';
    ctx.font = '11px system-ui, sans-serif';
    ctx.beginPath();
    ctx.moveTo(pad.left, pad.top);
    ctx.lineTo(pad.left, height - pad.bottom);
    ctx.lineTo(width - pad.right, height - pad.bottom);
    ctx.stroke();
    ctx.fillText(hi.toPrecision(3), 2, pad.top + 8);
    ctx.fillText(lo.toPrecision(3), 2, height - pad.bottom);
    ctx.fillText(`${t1.toFixed(1)} s`, width - pad.right - 36, height - 4);
    for (const { key, color } of series) {
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      let started = false;
      for (const s of samples) {
        const v = s.values[key];
        if (v === undefined || !Number.isFinite(v)) continue;
        if (started) ctx.lineTo(x(s.t), y(v));
        else ctx.moveTo(x(s.t), y(v));
        started = true;
      }
      ctx.stroke();
    }
  }, [samples, series]);

  return (
    <figure className="sim-plot">
      <canvas ref={canvasRef} role="img" aria-label={`${title} plot over time`} />
      <figcaption>
        {title}:{' '}
        {series.map((s) => (
          <span key={s.key} className="sim-legend">
            <span className="sim-swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
