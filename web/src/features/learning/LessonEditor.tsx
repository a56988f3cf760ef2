import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { draftFromLesson, EMPTY_DRAFT, parseDraft, type LessonDraft } from './authoring';
import { Markdown } from './Markdown';
import { learningApi } from './queries';

const SimulationPanel = lazy(() => import('../simulation/SimulationPanel'));

/** Loads a lesson with its answer key (admin callable) into the editor. */
export function LessonEditor({ courseId, lessonId }: { courseId: string; lessonId: string | null }) {
  const existing = useQuery({
    queryKey: ['learning', 'edit', courseId, lessonId],
    queryFn: async () => {
      const { lesson, answers } = await (await learningApi()).loadLessonForEditing(courseId, lessonId!);
      return draftFromLesson(lessonId!, lesson, answers);
    },
    enabled: lessonId !== null,
    retry: false,
  });
  if (lessonId === null) return <DraftForm courseId={courseId} initial={EMPTY_DRAFT} isNew />;
  if (existing.error)
    return (
      <p className="form-error" role="alert">
        {errorMessage(existing.error)}
      </p>
    );
  if (existing.isPending) return <Spinner label="Loading lesson" />;
  return <DraftForm courseId={courseId} initial={existing.data} isNew={false} />;
}

function DraftForm({ courseId, initial, isNew }: { courseId: string; initial: LessonDraft; isNew: boolean }) {
  const [draft, setDraft] = useState(initial);
  const [pending, setPending] = useState(false);
  const parsed = parseDraft(courseId, draft);
  const set = (patch: Partial<LessonDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ('error' in parsed) return;
    setPending(true);
    try {
      const r = await (await learningApi()).saveLesson(parsed.input);
      toast.success(r.created ? 'Lesson added' : 'Lesson saved');
    } catch (error) {
      toast.error(errorMessage(error, 'Could not save the lesson.'));
    } finally {
      setPending(false);
    }
  };

  const sim = 'input' in parsed ? parsed.input.lesson.simulation : null;
  return (
    <div className="author-layout">
      <form className="card stack-tight" onSubmit={submit} aria-label="Lesson editor">
        <label className="field">
          Lesson id
          <input
            value={draft.lessonId}
            onChange={(e) => set({ lessonId: e.target.value })}
            disabled={!isNew}
            required
          />
        </label>
        <label className="field">
          Lesson title
          <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required />
        </label>
        <label className="field">
          Markdown
          <textarea value={draft.markdown} onChange={(e) => set({ markdown: e.target.value })} />
        </label>
        <label className="field">
          Pass mark (%)
          <input
            type="number"
            min={0}
            max={100}
            value={draft.passMark}
            onChange={(e) => set({ passMark: Number(e.target.value) })}
          />
        </label>
        <label className="field">
          Simulation settings (JSON: kind, params, seed, challenge — or null)
          <textarea value={draft.simulationJson} onChange={(e) => set({ simulationJson: e.target.value })} />
        </label>
        <label className="field">
          Quiz with answers (JSON list; answers are stored where learners cannot read them)
          <textarea value={draft.quizJson} onChange={(e) => set({ quizJson: e.target.value })} />
        </label>
        {'error' in parsed ? (
          <p className="form-error" role="alert">
            {parsed.error}
          </p>
        ) : null}
        <div>
          <button type="submit" className="btn btn-primary" disabled={pending || 'error' in parsed}>
            {pending ? 'Saving…' : 'Save lesson'}
          </button>
        </div>
      </form>
      <section className="card stack-tight" aria-label="Live preview">
        <h2>Preview: {draft.title || 'Untitled'}</h2>
        <Markdown source={draft.markdown} />
        {sim ? (
          <Suspense fallback={<Spinner label="Loading simulation" />}>
            <SimulationPanel
              key={JSON.stringify(sim)}
              kind={sim.kind}
              params={sim.params}
              seed={sim.seed}
              challenge={sim.challenge}
            />
          </Suspense>
        ) : null}
        {'input' in parsed && parsed.input.lesson.quiz.length ? (
          <ol>
            {parsed.input.lesson.quiz.map((q) => (
              <li key={q.id}>
                {q.prompt} <span className="tag">{q.kind}</span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </div>
  );
}
