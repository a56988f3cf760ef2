import type { AnswerKey, QuizQuestion } from './schema';

export interface QuestionFeedback {
  id: string;
  correct: boolean;
  /** A sentence for the learner; never reveals the right answer. */
  message: string;
}

export interface QuizGrade {
  /** Percent of questions answered correctly, 0–100 (rounded). */
  score: number;
  passed: boolean;
  passMark: number;
  feedback: QuestionFeedback[];
}

export type QuizAnswer = number | number[];

function sameSet(a: number[], b: number[]): boolean {
  const x = [...new Set(a)].sort((p, q) => p - q);
  const y = [...new Set(b)].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function gradeOne(
  question: QuizQuestion,
  key: AnswerKey | undefined,
  answer: QuizAnswer | undefined,
): QuestionFeedback {
  const fail = (message: string) => ({ id: question.id, correct: false, message });
  if (!key || key.kind !== question.kind) return fail('This question cannot be graded right now.');
  if (answer === undefined) return fail('Not answered.');
  if (key.kind === 'single') {
    if (typeof answer !== 'number') return fail('Choose one answer.');
    return answer === key.correct ? { id: question.id, correct: true, message: 'Correct.' } : fail('Not quite.');
  }
  if (key.kind === 'multiple') {
    const picked = typeof answer === 'number' ? [answer] : answer;
    if (sameSet(picked, key.correct)) return { id: question.id, correct: true, message: 'Correct.' };
    const missing = key.correct.filter((c) => !picked.includes(c)).length;
    const extra = picked.filter((c) => !key.correct.includes(c)).length;
    return fail(
      extra > 0 && missing > 0
        ? 'Some choices are wrong and some right ones are missing.'
        : extra > 0
          ? 'You picked a choice that is not right.'
          : 'Some right choices are missing.',
    );
  }
  if (typeof answer !== 'number') return fail('Enter a number.');
  const off = Math.abs(answer - key.value);
  if (off <= key.tolerance + 1e-12) return { id: question.id, correct: true, message: 'Correct.' };
  return fail(answer < key.value ? 'Too low.' : 'Too high.');
}

/** Grades a quiz against its answer key. Pure: used by the submitQuiz function and its tests. */
export function gradeQuiz(
  questions: QuizQuestion[],
  keys: Record<string, AnswerKey>,
  answers: Record<string, QuizAnswer>,
  passMark: number,
): QuizGrade {
  const feedback = questions.map((q) => gradeOne(q, keys[q.id], answers[q.id]));
  const right = feedback.filter((f) => f.correct).length;
  const score = questions.length === 0 ? 100 : Math.round((right / questions.length) * 100);
  return { score, passed: score >= passMark, passMark, feedback };
}

/** Answer-key problems an author must fix before a lesson is saved (null when consistent). */
export function answerKeyProblem(questions: QuizQuestion[], keys: Record<string, AnswerKey>): string | null {
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) return `question id "${q.id}" is used twice`;
    ids.add(q.id);
    const key = keys[q.id];
    if (!key) return `question "${q.id}" has no answer`;
    if (key.kind !== q.kind) return `question "${q.id}" is ${q.kind} but its answer is ${key.kind}`;
    if (q.kind !== 'numeric') {
      const correct = key.kind === 'single' ? [key.correct] : key.kind === 'multiple' ? key.correct : [];
      if (correct.some((c) => c >= q.choices.length)) return `question "${q.id}": answer is not one of the choices`;
    }
  }
  const extra = Object.keys(keys).find((k) => !ids.has(k));
  return extra ? `answer "${extra}" belongs to no question` : null;
}
