import { describe, expect, it } from 'vitest';
import { measure, Simulation, TRANSFORM_STRIDE } from './engine';
import { defaultParams, normalizeParams, paramsProblem } from './params';

const within = (actual: number, expected: number, fraction: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(fraction);

describe('projectile without drag matches v²·sin(2θ)/g within 1%', () => {
  it.each([
    [20, 45, 9.81],
    [20, 30, 9.81],
    [35, 60, 9.81],
    [10, 15, 1.62],
    [45, 75, 24.8],
  ])('v=%s m/s, θ=%s°, g=%s m/s²', (speed, angleDeg, gravity) => {
    const { range, flightTime } = measure({
      kind: 'projectile',
      params: { speed, angleDeg, gravity, mass: 1 },
      seed: 1,
    });
    const theta = (angleDeg * Math.PI) / 180;
    within(range!, (speed ** 2 * Math.sin(2 * theta)) / gravity, 0.01);
    within(flightTime!, (2 * speed * Math.sin(theta)) / gravity, 0.01);
  });

  it('does not depend on mass', () => {
    const light = measure({ kind: 'projectile', params: { speed: 20, angleDeg: 40, mass: 0.2 }, seed: 1 });
    const heavy = measure({ kind: 'projectile', params: { speed: 20, angleDeg: 40, mass: 15 }, seed: 1 });
    within(heavy.range!, light.range!, 1e-9);
  });
});

describe('small-angle pendulum period matches 2π·√(L/g) within 1%', () => {
  it.each([
    [1, 5, 9.81],
    [2, 8, 9.81],
    [0.5, 5, 9.81],
    [4, 5, 3.7],
  ])('L=%s m, θ₀=%s°, g=%s m/s²', (length, angleDeg, gravity) => {
    const { period } = measure({ kind: 'pendulum', params: { length, angleDeg, gravity, mass: 1 }, seed: 1 });
    within(period!, 2 * Math.PI * Math.sqrt(length / gravity), 0.01);
  });

  it('does not depend on mass', () => {
    const a = measure({ kind: 'pendulum', params: { length: 1.5, angleDeg: 6, mass: 0.3 }, seed: 1 });
    const b = measure({ kind: 'pendulum', params: { length: 1.5, angleDeg: 6, mass: 12 }, seed: 1 });
    within(b.period!, a.period!, 0.001);
  });
});

describe('elastic collisions conserve momentum within 0.5%', () => {
  it.each([
    [1, 2, 4, -1],
    [3, 1, 5, 0],
    [1, 1, 6, -4],
    [10, 0.5, 2, -8],
  ])('m₁=%s kg, m₂=%s kg, v₁=%s m/s, v₂=%s m/s', (mass1, mass2, speed1, speed2) => {
    const sim = new Simulation({
      kind: 'collisions',
      params: { mass1, mass2, speed1, speed2, restitution: 1, friction: 0 },
      seed: 1,
    });
    while (!sim.done) sim.step(60);
    const m = sim.measurement();
    within(m.momentumAfter!, m.momentumBefore!, 0.005);
    // Elastic: kinetic energy is kept too, and the bodies really did collide (velocities changed).
    within(m.energyAfter!, m.energyBefore!, 0.005);
    const r = sim.readouts();
    const expectedA = ((mass1 - mass2) * speed1 + 2 * mass2 * speed2) / (mass1 + mass2);
    expect(Math.abs(r.velocityA! - expectedA)).toBeLessThan(0.01 * (Math.abs(speed1) + Math.abs(speed2)));
  });

  it('a perfectly inelastic collision keeps momentum but loses energy', () => {
    const m = measure({
      kind: 'collisions',
      params: { mass1: 1, mass2: 1, speed1: 4, speed2: -4, restitution: 0, friction: 0 },
      seed: 1,
    });
    expect(Math.abs(m.momentumAfter! - m.momentumBefore!)).toBeLessThan(0.005 * 8);
    expect(m.energyAfter!).toBeLessThan(m.energyBefore! * 0.1);
  });
});

describe('determinism', () => {
  it('the same params and seed give bit-identical sandbox runs; another seed does not', () => {
    const run = (seed: number) => {
      const sim = new Simulation({ kind: 'sandbox', params: { count: 60 }, seed });
      sim.step(120);
      return Array.from(sim.writeTransforms(new Float32Array(sim.bodies.length * TRANSFORM_STRIDE)));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('stepping in chunks equals stepping one at a time', () => {
    const a = new Simulation({ kind: 'pendulum', params: { length: 2, angleDeg: 20 }, seed: 0 });
    const b = new Simulation({ kind: 'pendulum', params: { length: 2, angleDeg: 20 }, seed: 0 });
    a.step(500);
    for (let i = 0; i < 500; i++) b.step();
    expect(a.readouts()).toEqual(b.readouts());
  });
});

describe('params', () => {
  it('fills defaults and clamps into range', () => {
    expect(normalizeParams('projectile', { speed: 500, angleDeg: -3 })).toEqual({
      ...defaultParams('projectile'),
      speed: 50,
      angleDeg: 1,
    });
  });
  it('reports unknown and out-of-range parameters', () => {
    expect(paramsProblem('projectile', { speed: 20 })).toBeNull();
    expect(paramsProblem('projectile', { length: 2 })).toMatch(/unknown parameter "length"/);
    expect(paramsProblem('pendulum', { length: 99 })).toMatch(/Length must be between/);
  });
});
