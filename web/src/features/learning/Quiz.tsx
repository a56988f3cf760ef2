import type { QuizAnswer, QuizGrade } from '@aether/common/learning/grading';
import type { QuizQuestion } from '@aether/common/learning/schema';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../lib/errors';

/** A lesson's quiz: single and multiple choice, numeric answers; graded by the server. */
export function Quiz({
  questions,
  passMark,
  passed,
  onSubmit,
}: {
  questions: QuizQuestion[];
  passMark: number;
  passed: boolean;
  onSubmit: (answers: Record<string, QuizAnswer>) => Promise<QuizGrade>;
}) {
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const feedback = new Map(grade?.feedback.map((f) => [f.id, f]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      setGrade(await onSubmit(answers));
    } catch (e) {
      setError(errorMessage(e, 'Could not grade the quiz. Please try again.'));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="quiz card" onSubmit={submit} aria-label="Quiz">
      <h2>Quiz {passed ? <span className="badge">Passed</span> : null}</h2>
      <p className="muted">Pass mark: {passMark}%.</p>
      {questions.map((q, index) => {
        const f = feedback.get(q.id);
        const name = `q-${q.id}`;
        return (
          <fieldset key={q.id} aria-describedby={f ? `${name}-feedback` : undefined}>
            <legend>
              {index + 1}. {q.prompt}
            </legend>
            {q.kind === 'numeric' ? (
              <label>
                Your answer{q.unit ? ` (${q.unit})` : ''}{' '}
                <input
                  type="number"
                  step="any"
                  inputMode="decimal"
                  value={typeof answers[q.id] === 'number' ? String(answers[q.id]) : ''}
                  onChange={(e) =>
                    setAnswers((a) => {
                      const next = { ...a };
                      if (e.target.value === '') delete next[q.id];
                      else next[q.id] = Number(e.target.value);
                      return next;
                    })
                  }
                />
              </label>
            ) : (
              q.choices.map((choice, i) => {
                const current = answers[q.id];
                const checked = q.kind === 'single' ? current === i : Array.isArray(current) && current.includes(i);
                return (
                  <label key={i} className="choice">
                    <input
                      type={q.kind === 'single' ? 'radio' : 'checkbox'}
                      name={name}
                      checked={checked}
                      onChange={(e) =>
                        setAnswers((a) => {
                          if (q.kind === 'single') return { ...a, [q.id]: i };
                          const list = Array.isArray(a[q.id]) ? (a[q.id] as number[]) : [];
                          return { ...a, [q.id]: e.target.checked ? [...list, i] : list.filter((x) => x !== i) };
                        })
                      }
                    />{' '}
                    {choice}
                  </label>
                );
              })
            )}
            {f ? (
              <p id={`${name}-feedback`} className={f.correct ? 'quiz-feedback-ok' : 'quiz-feedback-bad'}>
                {f.correct ? '✓ ' : '✗ '}
                {f.message}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {grade ? (
        <p role="status" className={grade.passed ? 'success-box' : 'form-error'}>
          Score: {grade.score}% — {grade.passed ? 'passed!' : `not passed yet (pass mark ${grade.passMark}%).`}
        </p>
      ) : null}
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Grading…' : 'Submit answers'}
        </button>
      </div>
    </form>
  );
}
