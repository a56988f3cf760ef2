import type { SeedCourse } from './courses.mjs';
export declare const DEMO_PASSWORD: string;
export declare const DEMO_USERS: Array<{
  key: string;
  email: string;
  displayName: string;
  bio: string;
  claims?: Record<string, unknown>;
}>;
export declare const DEMO_COURSE: SeedCourse;
