import * as CANNON from 'cannon-es';
import {
  fixedStep,
  normalizeParams,
  pendulumAnchor,
  SANDBOX_HALF_WIDTH,
  SANDBOX_RADIUS,
  TRANSFORM_STRIDE,
  type SimConfig,
  type SimKind,
  type SimParams,
} from './params';

export { pendulumAnchor, SANDBOX_HALF_WIDTH, SANDBOX_RADIUS, TRANSFORM_STRIDE };
import { seededRandom } from './rng';

/** Simulated time after which a run stops on its own (a projectile that never lands, a sandbox). */
const MAX_TIME: Record<SimKind, number> = { projectile: 60, pendulum: 60, collisions: 6, sandbox: Infinity };
/** Upward zero crossings a pendulum run records before its period is measured (2 full periods). */
const PENDULUM_CROSSINGS = 3;

export type Readouts = Record<string, number>;

function sphereBody(mass: number, radius: number, material: CANNON.Material): CANNON.Body {
  const body = new CANNON.Body({ mass, shape: new CANNON.Sphere(radius), material });
  // No air: cannon-es damps every body by default, which would spoil the textbook results.
  body.linearDamping = 0;
  body.angularDamping = 0;
  return body;
}

/**
 * One deterministic run of a simulation kind on cannon-es at a fixed time step. Used unchanged by
 * the Web Worker (live view), the Node unit tests (textbook physics) and the grading function
 * (challenge re-runs), so a result computed anywhere can be checked anywhere.
 */
export class Simulation {
  readonly kind: SimKind;
  readonly params: SimParams;
  readonly seed: number;
  readonly dt: number;
  readonly world: CANNON.World;
  readonly bodies: CANNON.Body[] = [];
  readonly radii: number[] = [];
  t = 0;
  steps = 0;
  done = false;
  private readonly results: Readouts = {};
  private maxHeight = 0;
  private crossings: number[] = [];
  private lastAngle = 0;
  private readonly initial: { momentum: number; energy: number };

  constructor(config: SimConfig) {
    this.kind = config.kind;
    this.params = normalizeParams(config.kind, config.params);
    this.seed = config.seed >>> 0;
    this.dt = fixedStep(this.kind);
    this.world = new CANNON.World();
    this.world.gravity.set(0, -(this.params.gravity ?? 0), 0);
    this.build();
    this.initial = { momentum: this.momentum()[0], energy: this.kineticEnergy() };
    if (this.kind === 'pendulum') this.lastAngle = this.angle();
  }

  private build(): void {
    const p = this.params;
    const material = new CANNON.Material('body');
    if (this.kind === 'projectile') {
      const body = sphereBody(p.mass!, 0.2, material);
      const a = (p.angleDeg! * Math.PI) / 180;
      body.velocity.set(p.speed! * Math.cos(a), p.speed! * Math.sin(a), 0);
      this.add(body, 0.2);
    } else if (this.kind === 'pendulum') {
      const [ax, ay, az] = pendulumAnchor(p);
      const anchor = new CANNON.Body({ mass: 0, position: new CANNON.Vec3(ax, ay, az) });
      this.world.addBody(anchor);
      const bob = sphereBody(p.mass!, 0.15, material);
      const a = (p.angleDeg! * Math.PI) / 180;
      bob.position.set(ax + p.length! * Math.sin(a), ay - p.length! * Math.cos(a), az);
      bob.collisionResponse = false;
      this.add(bob, 0.15);
      this.world.addConstraint(new CANNON.DistanceConstraint(anchor, bob, p.length!));
    } else if (this.kind === 'collisions') {
      this.world.addContactMaterial(
        new CANNON.ContactMaterial(material, material, {
          restitution: p.restitution!,
          friction: p.friction!,
          // A stiff, weakly-corrected contact: cannon-es' default spook parameters push overlapping
          // spheres apart with extra energy (up to +30% in a head-on elastic collision); with
          // these, kinetic energy is kept within 0.1% and momentum exactly.
          contactEquationStiffness: 1e9,
          contactEquationRelaxation: 1000,
        }),
      );
      const radius = 0.5;
      const a = sphereBody(p.mass1!, radius, material);
      const b = sphereBody(p.mass2!, radius, material);
      a.position.set(-3, radius, 0);
      b.position.set(3, radius, 0);
      a.velocity.set(p.speed1!, 0, 0);
      b.velocity.set(p.speed2!, 0, 0);
      this.add(a, radius);
      this.add(b, radius);
    } else {
      this.buildSandbox(material);
    }
  }

  private buildSandbox(material: CANNON.Material): void {
    const p = this.params;
    const world = this.world;
    world.broadphase = new CANNON.SAPBroadphase(world);
    world.allowSleep = true;
    (world.solver as CANNON.GSSolver).iterations = 8;
    world.addContactMaterial(
      new CANNON.ContactMaterial(material, material, { restitution: p.restitution!, friction: p.friction! }),
    );
    const ground = new CANNON.Body({ mass: 0, shape: new CANNON.Plane(), material });
    ground.quaternion.setFromEuler(-Math.PI / 2, 0, 0);
    world.addBody(ground);
    const w = SANDBOX_HALF_WIDTH;
    const walls: Array<[number, number, number, number]> = [
      [w, 0, 0, -Math.PI / 2],
      [-w, 0, 0, Math.PI / 2],
      [0, 0, w, Math.PI],
      [0, 0, -w, 0],
    ];
    for (const [x, , z, rotY] of walls) {
      const wall = new CANNON.Body({ mass: 0, shape: new CANNON.Plane(), material });
      wall.position.set(x, 0, z);
      wall.quaternion.setFromEuler(0, rotY, 0);
      world.addBody(wall);
    }
    const random = seededRandom(this.seed);
    const spacing = SANDBOX_RADIUS * 2.4;
    const perRow = Math.floor((2 * w - spacing) / spacing);
    const count = Math.round(p.count!);
    for (let i = 0; i < count; i++) {
      const layer = Math.floor(i / (perRow * perRow));
      const inLayer = i % (perRow * perRow);
      const jitter = () => (random() - 0.5) * spacing * 0.3;
      const body = sphereBody(p.mass!, SANDBOX_RADIUS, material);
      body.position.set(
        -w + spacing + (inLayer % perRow) * spacing + jitter(),
        1 + layer * spacing + random() * 0.1,
        -w + spacing + Math.floor(inLayer / perRow) * spacing + jitter(),
      );
      body.velocity.set((random() - 0.5) * 2, 0, (random() - 0.5) * 2);
      body.allowSleep = true;
      body.sleepSpeedLimit = 0.05;
      this.add(body, SANDBOX_RADIUS);
    }
  }

  private add(body: CANNON.Body, radius: number): void {
    this.world.addBody(body);
    this.bodies.push(body);
    this.radii.push(radius);
  }

  /** Advances `n` fixed steps (no-op once the run is done). */
  step(n = 1): void {
    for (let i = 0; i < n && !this.done; i++) {
      const prev = this.bodies[0]!.position.clone();
      this.world.step(this.dt);
      this.steps += 1;
      this.t = this.steps * this.dt;
      this.observe(prev);
      if (!this.done && this.t >= MAX_TIME[this.kind] - 1e-9) this.finish();
    }
  }

  private observe(prev: CANNON.Vec3): void {
    const body = this.bodies[0]!;
    if (this.kind === 'projectile') {
      this.maxHeight = Math.max(this.maxHeight, body.position.y);
      if (prev.y >= 0 && body.position.y < 0) {
        // Land exactly at y = 0 by interpolating between the last two steps.
        const f = prev.y / (prev.y - body.position.y);
        this.results.range = prev.x + f * (body.position.x - prev.x);
        this.results.flightTime = this.t - this.dt + f * this.dt;
        this.results.maxHeight = this.maxHeight;
        body.position.set(this.results.range, 0, 0);
        body.velocity.setZero();
        this.done = true;
      }
    } else if (this.kind === 'pendulum') {
      const angle = this.angle();
      if (this.lastAngle < 0 && angle >= 0) {
        const f = -this.lastAngle / (angle - this.lastAngle);
        this.crossings.push(this.t - this.dt + f * this.dt);
        if (this.crossings.length >= PENDULUM_CROSSINGS) {
          const first = this.crossings[0]!;
          const last = this.crossings[this.crossings.length - 1]!;
          this.results.period = (last - first) / (this.crossings.length - 1);
          this.done = true;
        }
      }
      this.lastAngle = angle;
    }
  }

  private finish(): void {
    if (this.kind === 'collisions') {
      this.results.momentumBefore = this.initial.momentum;
      this.results.momentumAfter = this.momentum()[0];
      this.results.energyBefore = this.initial.energy;
      this.results.energyAfter = this.kineticEnergy();
    }
    this.done = true;
  }

  /** Pendulum angle from the vertical, radians (positive to the +x side). */
  angle(): number {
    const [ax, ay] = pendulumAnchor(this.params);
    const b = this.bodies[0]!.position;
    return Math.atan2(b.x - ax, ay - b.y);
  }

  momentum(): [number, number, number] {
    let x = 0;
    let y = 0;
    let z = 0;
    for (const b of this.bodies) {
      x += b.mass * b.velocity.x;
      y += b.mass * b.velocity.y;
      z += b.mass * b.velocity.z;
    }
    return [x, y, z];
  }

  kineticEnergy(): number {
    let e = 0;
    for (const b of this.bodies) e += 0.5 * b.mass * b.velocity.lengthSquared();
    return e;
  }

  potentialEnergy(): number {
    const g = this.params.gravity ?? 0;
    let e = 0;
    for (const b of this.bodies) e += b.mass * g * b.position.y;
    return e;
  }

  /** Live figures for the readout panel and the plot. */
  readouts(): Readouts {
    const body = this.bodies[0]!;
    const [px, py, pz] = this.momentum();
    const base: Readouts = { t: this.t, kinetic: this.kineticEnergy(), potential: this.potentialEnergy() };
    base.energy = base.kinetic! + base.potential!;
    if (this.kind === 'projectile') {
      return {
        ...base,
        x: body.position.x,
        height: body.position.y,
        vx: body.velocity.x,
        vy: body.velocity.y,
        ...this.results,
      };
    }
    if (this.kind === 'pendulum') {
      const theory = 2 * Math.PI * Math.sqrt(this.params.length! / Math.max(this.params.gravity!, 1e-9));
      return { ...base, angleDeg: (this.angle() * 180) / Math.PI, theoryPeriod: theory, ...this.results };
    }
    if (this.kind === 'collisions') {
      return {
        ...base,
        momentum: px,
        velocityA: body.velocity.x,
        velocityB: this.bodies[1]!.velocity.x,
        ...this.results,
      };
    }
    const awake = this.bodies.filter((b) => b.sleepState !== CANNON.Body.SLEEPING).length;
    return { ...base, momentum: Math.hypot(px, py, pz), awake, count: this.bodies.length };
  }

  /** The figures a challenge is judged on, once the run is done. */
  measurement(): Readouts {
    return { ...this.results };
  }

  /** Writes every body's position and orientation into `out` (TRANSFORM_STRIDE floats each). */
  writeTransforms(out: Float32Array): Float32Array {
    this.bodies.forEach((b, i) => {
      const o = i * TRANSFORM_STRIDE;
      out[o] = b.position.x;
      out[o + 1] = b.position.y;
      out[o + 2] = b.position.z;
      out[o + 3] = b.quaternion.x;
      out[o + 4] = b.quaternion.y;
      out[o + 5] = b.quaternion.z;
      out[o + 6] = b.quaternion.w;
    });
    return out;
  }
}

/** Runs a simulation to its end (or `maxSteps`) and returns what it measured. */
export function measure(config: SimConfig, maxSteps = 100_000): Readouts {
  const sim = new Simulation(config);
  while (!sim.done && sim.steps < maxSteps) sim.step(100);
  return sim.measurement();
}
