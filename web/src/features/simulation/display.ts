import type { SimKind } from '@aether/common/simulation/params';
import type { PlotSeries } from './Plot';

export interface ReadoutSpec {
  key: string;
  label: string;
  unit: string;
  digits: number;
}

const t: ReadoutSpec = { key: 't', label: 'Time', unit: 's', digits: 2 };
const energy: ReadoutSpec = { key: 'energy', label: 'Total energy', unit: 'J', digits: 2 };

/** Which readouts each kind shows, and what its live plot draws. */
export const READOUTS: Record<SimKind, ReadoutSpec[]> = {
  projectile: [
    t,
    { key: 'x', label: 'Distance', unit: 'm', digits: 2 },
    { key: 'height', label: 'Height', unit: 'm', digits: 2 },
    { key: 'range', label: 'Range (landed)', unit: 'm', digits: 3 },
    { key: 'flightTime', label: 'Flight time', unit: 's', digits: 3 },
    { key: 'maxHeight', label: 'Max height', unit: 'm', digits: 2 },
    energy,
  ],
  pendulum: [
    t,
    { key: 'angleDeg', label: 'Angle', unit: '°', digits: 2 },
    { key: 'period', label: 'Measured period', unit: 's', digits: 4 },
    { key: 'theoryPeriod', label: '2π√(L/g)', unit: 's', digits: 4 },
    energy,
  ],
  collisions: [
    t,
    { key: 'momentum', label: 'Total momentum', unit: 'kg·m/s', digits: 3 },
    { key: 'kinetic', label: 'Kinetic energy', unit: 'J', digits: 3 },
    { key: 'velocityA', label: 'Velocity A', unit: 'm/s', digits: 3 },
    { key: 'velocityB', label: 'Velocity B', unit: 'm/s', digits: 3 },
  ],
  sandbox: [
    t,
    { key: 'count', label: 'Bodies', unit: '', digits: 0 },
    { key: 'awake', label: 'Moving', unit: '', digits: 0 },
    { key: 'kinetic', label: 'Kinetic energy', unit: 'J', digits: 1 },
    energy,
    { key: 'momentum', label: '|Momentum|', unit: 'kg·m/s', digits: 2 },
  ],
};

export const PLOTS: Record<SimKind, { title: string; series: PlotSeries[] }> = {
  projectile: { title: 'Height against time', series: [{ key: 'height', label: 'height (m)', color: '#6d5dfc' }] },
  pendulum: { title: 'Angle against time', series: [{ key: 'angleDeg', label: 'angle (°)', color: '#6d5dfc' }] },
  collisions: {
    title: 'Momentum and energy',
    series: [
      { key: 'momentum', label: 'momentum', color: '#6d5dfc' },
      { key: 'kinetic', label: 'kinetic energy', color: '#f59e0b' },
    ],
  },
  sandbox: {
    title: 'Energy',
    series: [
      { key: 'kinetic', label: 'kinetic', color: '#f59e0b' },
      { key: 'energy', label: 'total', color: '#6d5dfc' },
    ],
  },
};

export function formatReadout(value: number | undefined, spec: ReadoutSpec): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toFixed(spec.digits)}${spec.unit ? ` ${spec.unit}` : ''}`;
}
