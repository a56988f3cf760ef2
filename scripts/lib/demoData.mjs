// The demo world seeded into the emulators by `npm start` (and `npm run seed`).
export const DEMO_PASSWORD = 'aether-demo';

export const DEMO_USERS = [
  {
    key: 'alice',
    email: 'alice@demo.aether',
    displayName: 'Alice Chen',
    bio: 'Physics teacher. I build pendulums out of anything.',
  },
  {
    key: 'bob',
    email: 'bob@demo.aether',
    displayName: 'Bob Okafor',
    bio: 'Learning mechanics one simulation at a time.',
  },
  {
    key: 'admin',
    email: 'admin@demo.aether',
    displayName: 'Ada Admin',
    bio: 'Keeps Aether friendly.',
    claims: { admin: true },
  },
];

export const DEMO_ROOMS = [
  { id: 'general', name: 'General', topic: 'Say hello to everyone.', members: ['alice', 'bob', 'admin'] },
  { id: 'physics-help', name: 'Physics help', topic: 'Stuck on a problem? Ask here.', members: ['alice', 'bob'] },
];

export const DEMO_MESSAGES = [
  { room: 'general', author: 'alice', text: 'Welcome to Aether! 👋' },
  { room: 'general', author: 'bob', text: 'Hi Alice, glad to be here.' },
  { room: 'physics-help', author: 'bob', text: 'Why does a heavier pendulum swing at the same rate?' },
  { room: 'physics-help', author: 'alice', text: 'The period only depends on length and g: T = 2π√(L/g).' },
];

// "Mechanics 101": the demo course (see scripts/lib/courses.mjs for how a course is stored).
export const DEMO_COURSE = {
  id: 'mechanics-101',
  title: 'Mechanics 101',
  summary: 'Projectiles, pendulums, collisions and a free sandbox, explored with live 3D simulations you can trust.',
  level: 'beginner',
  durationMinutes: 45,
  tags: ['physics', 'mechanics', 'simulation'],
  lessons: [
    {
      id: 'projectile-motion',
      title: 'Projectile motion',
      markdown: [
        '## Throwing things',
        '',
        'Without air, a thrown ball keeps its horizontal speed $v\\cos\\theta$ while gravity pulls it down',
        'at $g = 9.81\\,\\text{m/s}^2$. It lands after $t = 2v\\sin\\theta/g$, so its **range** is',
        '',
        '$$R = \\frac{v^2 \\sin 2\\theta}{g}$$',
        '',
        'Press **Play** to launch, then change the angle and speed and watch the height plot.',
        '',
        '> **Challenge:** land the ball 30 m away. Which two angles work?',
      ].join('\n'),
      simulation: {
        kind: 'projectile',
        params: { speed: 20, angleDeg: 45, gravity: 9.81, mass: 1 },
        seed: 1,
        challenge: { goal: 'Land the ball 30 m away (±1 m).', metric: 'range', target: 30, tolerance: 1 },
      },
      quiz: [
        {
          id: 'best-angle',
          kind: 'single',
          prompt: 'At which launch angle does a projectile travel furthest on flat ground (no air)?',
          choices: ['30°', '45°', '60°', '90°'],
        },
        {
          id: 'constant',
          kind: 'multiple',
          prompt: 'Which of these stay constant during the flight (no air)? Pick all that apply.',
          choices: ['Horizontal velocity', 'Vertical velocity', 'Acceleration', 'Height'],
        },
        {
          id: 'range',
          kind: 'numeric',
          prompt: 'A ball leaves the ground at 20 m/s and 45° with g = 9.81 m/s². How far away does it land?',
          unit: 'm',
        },
      ],
      answers: {
        'best-angle': { kind: 'single', correct: 1 },
        constant: { kind: 'multiple', correct: [0, 2] },
        range: { kind: 'numeric', value: 40.77, tolerance: 0.5 },
      },
    },
    {
      id: 'pendulum',
      title: 'The simple pendulum',
      markdown: [
        '## Tick, tock',
        '',
        'For small swings a pendulum of length $L$ has the period',
        '',
        '$$T = 2\\pi\\sqrt{\\frac{L}{g}}$$',
        '',
        'The mass of the bob does not appear: try it with the mass slider. The simulation measures the',
        'period from two full swings; compare it with the formula in the readouts.',
      ].join('\n'),
      simulation: {
        kind: 'pendulum',
        params: { length: 2, angleDeg: 10, gravity: 9.81, mass: 1 },
        seed: 1,
        challenge: {
          goal: 'Make a pendulum with a period of 2.0 s (±0.05 s).',
          metric: 'period',
          target: 2,
          tolerance: 0.05,
        },
      },
      quiz: [
        {
          id: 'mass',
          kind: 'single',
          prompt: 'Doubling the mass of a pendulum bob changes its period by…',
          choices: ['Doubling it', 'Halving it', 'Nothing', 'A factor √2'],
        },
        {
          id: 'period',
          kind: 'numeric',
          prompt: 'What is the period of a 1 m pendulum where g = 9.81 m/s²?',
          unit: 's',
        },
      ],
      answers: {
        mass: { kind: 'single', correct: 2 },
        period: { kind: 'numeric', value: 2.006, tolerance: 0.05 },
      },
    },
    {
      id: 'collisions',
      title: 'Collisions and momentum',
      markdown: [
        '## Bump',
        '',
        'In every collision the total momentum $p = m_1 v_1 + m_2 v_2$ stays the same. In an **elastic**',
        'collision (restitution 1) kinetic energy $E = \\tfrac12 m v^2$ is kept too; with restitution 0 the',
        'bodies stick together and energy turns into heat.',
        '',
        'Watch the momentum and energy readouts before and after the bump.',
      ].join('\n'),
      simulation: {
        kind: 'collisions',
        params: { mass1: 1, mass2: 2, speed1: 4, speed2: -2, restitution: 1, friction: 0 },
        seed: 1,
        challenge: null,
      },
      quiz: [
        {
          id: 'conserved',
          kind: 'multiple',
          prompt: 'Which quantities are conserved in an elastic collision?',
          choices: ['Total momentum', 'Total kinetic energy', 'The velocity of each body'],
        },
        {
          id: 'newton-cradle',
          kind: 'numeric',
          prompt:
            'A 1 kg ball at 4 m/s hits an identical ball at rest, elastically and head on. How fast does the second ball move afterwards?',
          unit: 'm/s',
        },
      ],
      answers: {
        conserved: { kind: 'multiple', correct: [0, 1] },
        'newton-cradle': { kind: 'numeric', value: 4, tolerance: 0.05 },
      },
    },
    {
      id: 'sandbox',
      title: 'Free sandbox',
      markdown: [
        '## Play',
        '',
        'Hundreds of balls in a box. Change gravity, restitution, friction and the number of bodies, then',
        'watch the total energy fall as collisions and friction turn it into heat.',
        '',
        'When you are done exploring, mark the lesson complete.',
      ].join('\n'),
      simulation: {
        kind: 'sandbox',
        params: { count: 200, gravity: 9.81, restitution: 0.4, friction: 0.3, mass: 1 },
        seed: 42,
        challenge: null,
      },
      quiz: [],
      answers: {},
    },
  ],
};
