import { useMutation } from '@tanstack/react-query';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { Course, Enrollment, Lesson } from './api';

// Hooks over the learning data layer: live listeners feed one query cache for every screen.
export const learningApi = () => import('./api');

export const learningKeys = {
  courses: (drafts: boolean) => ['learning', 'courses', drafts] as const,
  course: (id: string) => ['learning', 'course', id] as const,
  lessons: (courseId: string) => ['learning', 'lessons', courseId] as const,
  enrollments: (uid: string) => ['learning', 'enrollments', uid] as const,
  enrollment: (uid: string, courseId: string) => ['learning', 'enrollment', uid, courseId] as const,
  certificate: (id: string) => ['learning', 'certificate', id] as const,
};

export function useCourses(includeDrafts = false) {
  return useLiveQuery<Course[]>(
    learningKeys.courses(includeDrafts),
    lazySubscribe(() => learningApi().then((m) => m.subscribeToCourses(includeDrafts))),
  );
}

export function useCourse(courseId: string) {
  return useLiveQuery<Course | null>(
    learningKeys.course(courseId),
    lazySubscribe(() => learningApi().then((m) => m.subscribeToCourse(courseId))),
  );
}

export function useLessons(courseId: string, enabled = true) {
  return useLiveQuery<Lesson[]>(
    learningKeys.lessons(courseId),
    lazySubscribe(() => learningApi().then((m) => m.subscribeToLessons(courseId))),
    enabled,
  );
}

export function useEnrollments(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<Enrollment[]>(
    learningKeys.enrollments(id),
    lazySubscribe(() => learningApi().then((m) => m.subscribeToEnrollments(id))),
    Boolean(uid),
  );
}

export function useEnrollment(uid: string | undefined, courseId: string) {
  const id = uid ?? '-';
  return useLiveQuery<Enrollment | null>(
    learningKeys.enrollment(id, courseId),
    lazySubscribe(() => learningApi().then((m) => m.subscribeToEnrollment(id, courseId))),
    Boolean(uid),
  );
}

export function useEnroll() {
  return useMutation({ mutationFn: async (courseId: string) => (await learningApi()).enroll(courseId) });
}
