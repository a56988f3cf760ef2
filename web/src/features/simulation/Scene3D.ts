import { pendulumAnchor, SANDBOX_HALF_WIDTH, TRANSFORM_STRIDE, type SimKind } from '@aether/common/simulation/params';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

const COLORS = ['#6d5dfc', '#f59e0b', '#10b981', '#ef4444', '#3b82f6', '#ec4899'];

export interface SceneOptions {
  kind: SimKind;
  params: Record<string, number>;
  radii: number[];
  /** A marker on the ground (projectile challenge target), metres along x. */
  targetX?: number | null;
}

/**
 * three.js view of a simulation: every body is one instance of an InstancedMesh (one draw call
 * for 1,000 bodies), orbit controls, and a few kind-specific props (ground, rod, target).
 */
export class Scene3D {
  private readonly renderer: THREE.WebGLRenderer;
  private readonly scene = new THREE.Scene();
  private readonly camera: THREE.PerspectiveCamera;
  private readonly controls: OrbitControls;
  private readonly mesh: THREE.InstancedMesh;
  private rod: THREE.Line | null = null;
  private readonly matrix = new THREE.Matrix4();
  private readonly position = new THREE.Vector3();
  private readonly quaternion = new THREE.Quaternion();
  private readonly scale = new THREE.Vector3();
  private frameHandle = 0;
  private dirty = true;
  private readonly resizeObserver: ResizeObserver;
  /** Milliseconds the last render took (read by the benchmark). */
  lastRenderMs = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: SceneOptions,
  ) {
    this.renderer = new THREE.WebGLRenderer({ antialias: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    container.appendChild(this.renderer.domElement);
    this.renderer.domElement.setAttribute('aria-hidden', 'true');
    this.scene.background = new THREE.Color('#0f1020');
    this.camera = new THREE.PerspectiveCamera(50, 1, 0.05, 2000);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.addEventListener('change', () => (this.dirty = true));

    this.scene.add(new THREE.HemisphereLight('#ffffff', '#334155', 1.2));
    const sun = new THREE.DirectionalLight('#ffffff', 1.4);
    sun.position.set(5, 12, 8);
    this.scene.add(sun);

    const count = Math.max(1, options.radii.length);
    this.mesh = new THREE.InstancedMesh(
      new THREE.SphereGeometry(1, 20, 14),
      new THREE.MeshStandardMaterial({ roughness: 0.45, metalness: 0.1 }),
      count,
    );
    this.mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
    const color = new THREE.Color();
    for (let i = 0; i < count; i++) {
      this.mesh.setColorAt(i, color.set(COLORS[i % COLORS.length]!));
    }
    this.scene.add(this.mesh);
    this.addProps();

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
    const loop = () => {
      this.frameHandle = requestAnimationFrame(loop);
      this.controls.update();
      if (!this.dirty) return;
      const start = performance.now();
      this.renderer.render(this.scene, this.camera);
      this.lastRenderMs = performance.now() - start;
      this.dirty = false;
    };
    loop();
  }

  private addProps(): void {
    const { kind, params } = this.options;
    const grid = (size: number, divisions: number) => {
      const g = new THREE.GridHelper(size, divisions, '#475569', '#1e293b');
      this.scene.add(g);
      return g;
    };
    if (kind === 'projectile') {
      const a = ((params.angleDeg ?? 45) * Math.PI) / 180;
      const g = Math.max(params.gravity ?? 9.81, 0.1);
      const range = Math.min(((params.speed ?? 20) ** 2 * Math.sin(2 * a)) / g, 600);
      const height = Math.min(((params.speed ?? 20) * Math.sin(a)) ** 2 / (2 * g), 400);
      const span = Math.max(range, height, 10);
      const ground = grid(Math.ceil(span * 2.4), 24);
      ground.position.x = span / 2;
      if (this.options.targetX != null) {
        const ring = new THREE.Mesh(
          new THREE.RingGeometry(0.6, 1, 32),
          new THREE.MeshBasicMaterial({ color: '#ef4444', side: THREE.DoubleSide }),
        );
        ring.rotation.x = -Math.PI / 2;
        ring.position.set(this.options.targetX, 0.01, 0);
        this.scene.add(ring);
      }
      this.camera.position.set(span / 2, span * 0.45, span * 1.25);
      this.controls.target.set(span / 2, height / 3, 0);
    } else if (kind === 'pendulum') {
      const anchor = new THREE.Vector3(...pendulumAnchor(params));
      const pivot = new THREE.Mesh(new THREE.SphereGeometry(0.06), new THREE.MeshBasicMaterial({ color: '#e2e8f0' }));
      pivot.position.copy(anchor);
      this.scene.add(pivot);
      this.rod = new THREE.Line(
        new THREE.BufferGeometry().setFromPoints([anchor, anchor.clone()]),
        new THREE.LineBasicMaterial({ color: '#e2e8f0' }),
      );
      this.scene.add(this.rod);
      grid(10, 20);
      const L = params.length ?? 2;
      this.camera.position.set(0, anchor.y - L / 2, L * 2.4 + 1);
      this.controls.target.set(0, anchor.y - L / 2, 0);
    } else if (kind === 'collisions') {
      grid(12, 24);
      this.camera.position.set(0, 3, 9);
      this.controls.target.set(0, 0.5, 0);
    } else {
      const w = SANDBOX_HALF_WIDTH;
      grid(w * 2, 10);
      const box = new THREE.LineSegments(
        new THREE.EdgesGeometry(new THREE.BoxGeometry(w * 2, w, w * 2)),
        new THREE.LineBasicMaterial({ color: '#475569' }),
      );
      box.position.y = w / 2;
      this.scene.add(box);
      this.camera.position.set(w * 1.6, w * 1.5, w * 2.2);
      this.controls.target.set(0, 1, 0);
    }
  }

  update(transforms: Float32Array): void {
    const n = Math.min(this.options.radii.length, transforms.length / TRANSFORM_STRIDE);
    for (let i = 0; i < n; i++) {
      const o = i * TRANSFORM_STRIDE;
      const r = this.options.radii[i]!;
      this.position.set(transforms[o]!, transforms[o + 1]!, transforms[o + 2]!);
      this.quaternion.set(transforms[o + 3]!, transforms[o + 4]!, transforms[o + 5]!, transforms[o + 6]!);
      this.scale.set(r, r, r);
      this.mesh.setMatrixAt(i, this.matrix.compose(this.position, this.quaternion, this.scale));
    }
    this.mesh.count = n;
    this.mesh.instanceMatrix.needsUpdate = true;
    if (this.rod && n > 0) {
      const positions = this.rod.geometry.getAttribute('position') as THREE.BufferAttribute;
      positions.setXYZ(1, transforms[0]!, transforms[1]!, transforms[2]!);
      positions.needsUpdate = true;
    }
    this.dirty = true;
  }

  private resize(): void {
    const width = this.container.clientWidth || 300;
    const height = this.container.clientHeight || 240;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.dirty = true;
  }

  dispose(): void {
    cancelAnimationFrame(this.frameHandle);
    this.resizeObserver.disconnect();
    this.controls.dispose();
    this.mesh.geometry.dispose();
    (this.mesh.material as THREE.Material).dispose();
    this.renderer.dispose();
    this.renderer.domElement.remove();
  }
}

/** Whether this browser can draw WebGL at all (headless browsers without a GPU may not). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
