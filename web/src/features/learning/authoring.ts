import type { AnswerKey, LessonDoc, QuizQuestion, SaveLessonInput } from '@aether/common/learning/schema';
import { lessonFieldsSchema } from '@aether/common/learning/schema';

/** The author edits each question with its answer in one JSON list; saving splits them apart. */
export type AuthoredQuestion = QuizQuestion & { answer: AnswerKey };

export interface LessonDraft {
  lessonId: string;
  title: string;
  markdown: string;
  passMark: number;
  simulationJson: string;
  quizJson: string;
}

export const EMPTY_DRAFT: LessonDraft = {
  lessonId: '',
  title: '',
  markdown: '## New lesson\n\nWrite markdown here. Formulas: $E = mc^2$.',
  passMark: 70,
  simulationJson: JSON.stringify(
    { kind: 'projectile', params: { speed: 20, angleDeg: 45 }, seed: 1, challenge: null },
    null,
    2,
  ),
  quizJson: JSON.stringify(
    [
      {
        id: 'q1',
        kind: 'single',
        prompt: 'Which angle goes furthest?',
        choices: ['30°', '45°'],
        answer: { kind: 'single', correct: 1 },
      },
    ],
    null,
    2,
  ),
};

export function draftFromLesson(lessonId: string, lesson: LessonDoc, answers: Record<string, AnswerKey>): LessonDraft {
  return {
    lessonId,
    title: lesson.title,
    markdown: lesson.markdown,
    passMark: lesson.passMark,
    simulationJson: lesson.simulation ? JSON.stringify(lesson.simulation, null, 2) : 'null',
    quizJson: JSON.stringify(
      lesson.quiz.map((q) => ({ ...q, answer: answers[q.id] })),
      null,
      2,
    ),
  };
}

/** Turns a draft into the saveLesson input, or explains what is wrong (for the live preview too). */
export function parseDraft(courseId: string, draft: LessonDraft): { input: SaveLessonInput } | { error: string } {
  let simulation: unknown;
  let authored: unknown;
  try {
    simulation = JSON.parse(draft.simulationJson || 'null');
  } catch {
    return { error: 'Simulation settings are not valid JSON.' };
  }
  try {
    authored = JSON.parse(draft.quizJson || '[]');
  } catch {
    return { error: 'The quiz is not valid JSON.' };
  }
  if (!Array.isArray(authored)) return { error: 'The quiz must be a JSON list of questions.' };
  const answers: Record<string, AnswerKey> = {};
  const quiz = authored.map((q: Record<string, unknown>) => {
    const { answer, ...question } = q;
    if (typeof question.id === 'string') answers[question.id] = answer as AnswerKey;
    return question;
  });
  const parsed = lessonFieldsSchema.safeParse({
    title: draft.title,
    markdown: draft.markdown,
    passMark: draft.passMark,
    simulation,
    quiz,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${issue.path.join('.') || 'lesson'}: ${issue.message}` };
  }
  return { input: { courseId, lessonId: draft.lessonId, lesson: parsed.data, answers } };
}
