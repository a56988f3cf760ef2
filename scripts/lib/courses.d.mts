import type { Firestore } from 'firebase-admin/firestore';
export interface SeedLesson {
  id: string;
  title: string;
  markdown: string;
  simulation: Record<string, unknown> | null;
  quiz: Array<Record<string, unknown>>;
  answers: Record<string, Record<string, unknown>>;
  passMark?: number;
}
export interface SeedCourse {
  id: string;
  title: string;
  summary: string;
  level: string;
  durationMinutes: number;
  tags: string[];
  published?: boolean;
  lessons: SeedLesson[];
}
export declare function writeCourse(db: Firestore, course: SeedCourse): Promise<void>;
