import { completionBlocker } from '@aether/common/learning/progress';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import type { Enrollment } from './api';
import { Markdown } from './Markdown';
import { ProgressBar } from './ProgressBar';
import { learningApi, useCourse, useEnrollment } from './queries';
import { Quiz } from './Quiz';
import type { CompletionResultView } from './types';
import './learning.css';

// three.js and cannon-es arrive only with the simulation chunk.
const SimulationPanel = lazy(() => import('../simulation/SimulationPanel'));

const EMPTY: Enrollment = {
  courseId: '',
  courseTitle: '',
  lessonCount: 0,
  completedLessons: [],
  progress: 0,
  scores: {},
  challenges: {},
  lastLessonId: null,
  certificateId: null,
  completedAt: null,
};

/** /learn/:courseId/:lessonId — a fresh page per lesson, so no simulation or quiz state leaks over. */
export default function LessonRoute() {
  const { courseId = '', lessonId = '' } = useParams();
  return <LessonPage key={`${courseId}/${lessonId}`} courseId={courseId} lessonId={lessonId} />;
}

/** Content, simulation, quiz, completion. */
function LessonPage({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { user } = useSession();
  const course = useCourse(courseId);
  // The callable checks enrollment, returns the lesson without answers and records the resume point.
  const lesson = useQuery({
    queryKey: ['learning', 'open', courseId, lessonId],
    queryFn: async () => (await (await learningApi()).openLesson(courseId, lessonId)).lesson,
    retry: false,
  });
  // Progress, scores and completion come from the live enrollment listener (written by functions).
  const enrollment = useEnrollment(user?.uid, courseId);
  const [completing, setCompleting] = useState(false);
  const [result, setResult] = useState<CompletionResultView | null>(null);

  if (lesson.error) {
    return (
      <div className="page">
        <EmptyState title="Lesson not available" icon="🔒">
          <p>{errorMessage(lesson.error, 'Could not open this lesson.')}</p>
          <Link to={`/learn/${courseId}`}>Go to the course</Link>
        </EmptyState>
      </div>
    );
  }
  if (lesson.isPending)
    return (
      <div className="page">
        <Spinner label="Loading lesson" />
      </div>
    );

  const l = lesson.data;
  const mine = enrollment.data ?? EMPTY;
  const done = mine.completedLessons.includes(lessonId);
  const blocker = completionBlocker(l, mine, lessonId);
  const lessonIds = course.data?.lessonIds ?? [];
  const next = lessonIds[lessonIds.indexOf(lessonId) + 1];
  const certificateId = mine.certificateId ?? (result?.courseComplete ? result.certificateId : null);

  const complete = async () => {
    setCompleting(true);
    try {
      const r = await (await learningApi()).completeLesson(courseId, lessonId);
      setResult(r);
      if (r.certificateIssued) toast.success('Course complete: you earned a certificate!');
    } catch (error) {
      toast.error(errorMessage(error, 'Could not complete the lesson.'));
    } finally {
      setCompleting(false);
    }
  };

  return (
    <div className="page lesson-layout">
      <p>
        <Link to={`/learn/${courseId}`}>← {course.data?.title ?? 'Course'}</Link>
      </p>
      <h1>{l.title}</h1>
      <ProgressBar value={mine.progress} label="Course progress" />
      <Markdown source={l.markdown} />
      {l.simulation ? (
        <Suspense fallback={<Spinner label="Loading simulation" />}>
          <SimulationPanel
            kind={l.simulation.kind}
            params={l.simulation.params}
            seed={l.simulation.seed}
            challenge={l.simulation.challenge}
            challengePassed={mine.challenges[lessonId]?.passed === true}
            onCheckChallenge={async (check) => (await learningApi()).verifyChallenge({ courseId, lessonId, ...check })}
          />
        </Suspense>
      ) : null}
      {l.quiz.length ? (
        <Quiz
          questions={l.quiz}
          passMark={l.passMark}
          passed={mine.scores[lessonId]?.passed === true}
          onSubmit={async (answers) => (await learningApi()).submitQuiz(courseId, lessonId, answers)}
        />
      ) : null}
      <section className="card lesson-nav" aria-label="Lesson completion">
        {done ? (
          <p role="status">
            <span aria-hidden="true">✅</span> Lesson completed
          </p>
        ) : (
          <div className="stack-tight">
            <button
              type="button"
              className="btn btn-primary"
              onClick={complete}
              disabled={Boolean(blocker) || completing}
            >
              {completing ? 'Saving…' : 'Mark lesson complete'}
            </button>
            {blocker ? <span className="muted">{blocker}</span> : null}
          </div>
        )}
        {certificateId ? (
          <p className="success-box" role="status">
            🎓 Course complete! <Link to={`/certificates#${certificateId}`}>View your certificate</Link>
          </p>
        ) : next ? (
          <Link className="btn btn-outline" to={`/learn/${courseId}/${next}`}>
            Next lesson →
          </Link>
        ) : null}
      </section>
    </div>
  );
}
