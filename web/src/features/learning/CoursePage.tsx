import { resumeLessonId } from '@aether/common/learning/progress';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { ProgressBar } from './ProgressBar';
import { useCourse, useEnroll, useEnrollment, useLessons } from './queries';
import './learning.css';

/** /learn/:courseId — lessons with completion marks, enroll, resume. */
export default function CoursePage() {
  const { courseId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const course = useCourse(courseId);
  const lessons = useLessons(courseId, Boolean(course.data));
  const enrollment = useEnrollment(user?.uid, courseId);
  const enroll = useEnroll();

  if (course.error) {
    return (
      <div className="page">
        <EmptyState title="Course not available" icon="🔒">
          <p>{errorMessage(course.error, 'This course does not exist or is not published.')}</p>
          <Link to="/learn">Back to the catalog</Link>
        </EmptyState>
      </div>
    );
  }
  if (course.isPending)
    return (
      <div className="page">
        <Spinner label="Loading course" />
      </div>
    );
  if (!course.data) {
    return (
      <div className="page">
        <EmptyState title="Course not found" icon="🔍">
          <Link to="/learn">Back to the catalog</Link>
        </EmptyState>
      </div>
    );
  }
  const c = course.data;
  const mine = enrollment.data ?? null;
  const completed = new Set(mine?.completedLessons ?? []);
  const resume = resumeLessonId(c.lessonIds, mine);

  const onEnroll = async () => {
    try {
      await enroll.mutateAsync(courseId);
      toast.success(`Enrolled in ${c.title}`);
      if (resume) void navigate(`/learn/${courseId}/${resume}`);
    } catch (error) {
      toast.error(errorMessage(error, 'Could not enroll. Please try again.'));
    }
  };

  return (
    <div className="page stack">
      <p>
        <Link to="/learn">← All courses</Link>
      </p>
      <h1>{c.title}</h1>
      <p className="muted">{c.summary}</p>
      <div className="course-meta">
        <span className="badge">{c.level}</span>
        <span>{c.durationMinutes} min</span>
        {c.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
      {mine ? (
        <div className="stack-tight">
          <ProgressBar value={mine.progress} label={`Progress in ${c.title}`} />
          {mine.certificateId ? (
            <p className="success-box" role="status">
              🎓 Course complete. <Link to={`/certificates#${mine.certificateId}`}>See your certificate</Link>
            </p>
          ) : resume ? (
            <Link className="btn btn-primary" to={`/learn/${courseId}/${resume}`}>
              {completed.size > 0 ? 'Resume' : 'Start'}
            </Link>
          ) : null}
        </div>
      ) : enrollment.isPending && user ? (
        <Spinner label="Loading your progress" />
      ) : (
        <button type="button" className="btn btn-primary" onClick={onEnroll} disabled={enroll.isPending}>
          {enroll.isPending ? 'Enrolling…' : 'Enroll'}
        </button>
      )}
      <h2>Lessons</h2>
      {lessons.error ? (
        <p className="form-error" role="alert">
          {errorMessage(lessons.error, 'Could not load the lessons.')}
        </p>
      ) : lessons.isPending ? (
        <Spinner label="Loading lessons" />
      ) : (
        <ol className="lesson-list" aria-label="Lessons">
          {(lessons.data ?? []).map((lesson) => {
            const done = completed.has(lesson.id);
            return (
              <li key={lesson.id} className="card">
                <span className="lesson-mark" aria-hidden="true">
                  {done ? '✅' : '◯'}
                </span>
                {mine ? (
                  <Link to={`/learn/${courseId}/${lesson.id}`}>{lesson.title}</Link>
                ) : (
                  <span>{lesson.title}</span>
                )}
                <span className="visually-hidden">{done ? '(completed)' : '(not completed)'}</span>
                {lesson.simulation ? <span className="tag">{lesson.simulation.kind}</span> : null}
                {lesson.quiz.length ? <span className="tag">quiz</span> : null}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
