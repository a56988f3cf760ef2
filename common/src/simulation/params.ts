import { z } from 'zod';

/**
 * Simulation kinds and their parameters: the one description used by the sliders, the worker,
 * the authoring form, and the server that re-runs challenges. Pure (no cannon-es), so importing it
 * never pulls the physics engine into a bundle.
 */
export const SIM_KINDS = ['projectile', 'pendulum', 'collisions', 'sandbox'] as const;
export type SimKind = (typeof SIM_KINDS)[number];

export interface ParamSpec {
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

const g: ParamSpec = { key: 'gravity', label: 'Gravity', unit: 'm/s²', min: 0, max: 25, step: 0.01, default: 9.81 };

export const PARAM_SPECS: Record<SimKind, ParamSpec[]> = {
  projectile: [
    { key: 'speed', label: 'Launch speed', unit: 'm/s', min: 1, max: 50, step: 0.5, default: 20 },
    { key: 'angleDeg', label: 'Launch angle', unit: '°', min: 1, max: 89, step: 1, default: 45 },
    g,
    { key: 'mass', label: 'Mass', unit: 'kg', min: 0.1, max: 20, step: 0.1, default: 1 },
  ],
  pendulum: [
    { key: 'length', label: 'Length', unit: 'm', min: 0.2, max: 10, step: 0.1, default: 2 },
    { key: 'angleDeg', label: 'Release angle', unit: '°', min: 1, max: 80, step: 1, default: 10 },
    g,
    { key: 'mass', label: 'Mass', unit: 'kg', min: 0.1, max: 20, step: 0.1, default: 1 },
  ],
  collisions: [
    { key: 'mass1', label: 'Mass A', unit: 'kg', min: 0.1, max: 20, step: 0.1, default: 1 },
    { key: 'mass2', label: 'Mass B', unit: 'kg', min: 0.1, max: 20, step: 0.1, default: 2 },
    { key: 'speed1', label: 'Speed A', unit: 'm/s', min: -20, max: 20, step: 0.5, default: 4 },
    { key: 'speed2', label: 'Speed B', unit: 'm/s', min: -20, max: 20, step: 0.5, default: -2 },
    { key: 'restitution', label: 'Restitution', unit: '', min: 0, max: 1, step: 0.05, default: 1 },
    { key: 'friction', label: 'Friction', unit: '', min: 0, max: 1, step: 0.05, default: 0 },
  ],
  sandbox: [
    { key: 'count', label: 'Bodies', unit: '', min: 1, max: 1000, step: 1, default: 100 },
    g,
    { key: 'restitution', label: 'Restitution', unit: '', min: 0, max: 1, step: 0.05, default: 0.4 },
    { key: 'friction', label: 'Friction', unit: '', min: 0, max: 1, step: 0.05, default: 0.3 },
    { key: 'mass', label: 'Mass', unit: 'kg', min: 0.1, max: 20, step: 0.1, default: 1 },
  ],
};

export type SimParams = Record<string, number>;

/** Floats per body in a transform buffer: position x, y, z and quaternion x, y, z, w. */
export const TRANSFORM_STRIDE = 7;
/** The sandbox is a box 2·SANDBOX_HALF_WIDTH wide; its balls have this radius (metres). */
export const SANDBOX_HALF_WIDTH = 5;
export const SANDBOX_RADIUS = 0.25;

/** Where the pendulum hangs from (the renderer draws the rod to it). */
export function pendulumAnchor(params: SimParams): [number, number, number] {
  return [0, (params.length ?? 2) + 0.5, 0];
}

export interface SimConfig {
  kind: SimKind;
  params: SimParams;
  /** Seeds the random initial state (sandbox); the same seed and params give the same run. */
  seed: number;
}

/** Fixed time step per kind: fine for the textbook checks, coarser for the many-body sandbox. */
export function fixedStep(kind: SimKind): number {
  return kind === 'sandbox' ? 1 / 60 : 1 / 240;
}

export function defaultParams(kind: SimKind): SimParams {
  return Object.fromEntries(PARAM_SPECS[kind].map((s) => [s.key, s.default]));
}

/** Fills in defaults and clamps every value into its range; unknown keys are dropped. */
export function normalizeParams(kind: SimKind, params: Partial<SimParams> = {}): SimParams {
  return Object.fromEntries(
    PARAM_SPECS[kind].map((s) => {
      const raw = params[s.key];
      const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : s.default;
      return [s.key, Math.min(s.max, Math.max(s.min, value))];
    }),
  );
}

export const simKindSchema = z.enum(SIM_KINDS);
export const simParamsSchema = z
  .record(z.string().max(40), z.number().finite())
  .refine((p) => Object.keys(p).length <= 20, {
    message: 'too many parameters',
  });
export const simSeedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

/** Checks every parameter is known to the kind and inside its range (no silent clamping). */
export function paramsProblem(kind: SimKind, params: SimParams): string | null {
  const specs = new Map(PARAM_SPECS[kind].map((s) => [s.key, s]));
  for (const [key, value] of Object.entries(params)) {
    const spec = specs.get(key);
    if (!spec) return `unknown parameter "${key}" for a ${kind} simulation`;
    if (value < spec.min || value > spec.max) return `${spec.label} must be between ${spec.min} and ${spec.max}`;
  }
  return null;
}
