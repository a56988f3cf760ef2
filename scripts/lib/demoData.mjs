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

export const DEMO_COURSE = {
  id: 'intro-mechanics',
  title: 'Introduction to Mechanics',
  summary: 'Projectiles, pendulums and collisions, explored with live 3D simulations.',
  level: 'beginner',
  lessons: [
    {
      id: '01-projectiles',
      title: 'Projectile motion',
      markdown:
        'A ball thrown at an angle follows a parabola. Its horizontal speed stays constant while gravity pulls it down at 9.81 m/s².',
      simulation: { kind: 'projectile', params: { speed: 20, angleDeg: 45, gravity: 9.81 } },
      quiz: [
        {
          id: 'q1',
          prompt: 'At which launch angle does a projectile travel furthest on flat ground (no air)?',
          choices: ['30°', '45°', '60°', '90°'],
        },
      ],
      answers: { q1: 1 },
    },
    {
      id: '02-pendulum',
      title: 'The simple pendulum',
      markdown: 'For small swings, the period of a pendulum is T = 2π√(L/g): the mass does not matter.',
      simulation: { kind: 'pendulum', params: { length: 2, angleDeg: 15, gravity: 9.81 } },
      quiz: [
        {
          id: 'q1',
          prompt: 'Doubling the mass of a pendulum bob changes its period by…',
          choices: ['Doubling it', 'Halving it', 'Nothing', 'A factor √2'],
        },
      ],
      answers: { q1: 2 },
    },
  ],
};
