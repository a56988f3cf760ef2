// The learning capability: enrollment, lessons, grading, challenge re-runs, completion and
// certificates, and admin authoring. Registered as the "learning" export group.
export { completeLesson } from './completeLesson';
export { enroll } from './enroll';
export { loadLessonForEditing } from './loadLessonForEditing';
export { openLesson } from './openLesson';
export { saveCourse } from './saveCourse';
export { saveLesson } from './saveLesson';
export { setCoursePublished } from './setCoursePublished';
export { submitQuiz } from './submitQuiz';
export { verifyChallenge } from './verifyChallenge';
