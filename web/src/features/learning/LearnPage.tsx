import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { ProgressBar } from './ProgressBar';
import { useCourses, useEnrollments } from './queries';
import './learning.css';

/** /learn: the catalog of published courses, with progress on the ones you are enrolled in. */
export default function LearnPage() {
  const { user } = useSession();
  const courses = useCourses();
  const enrollments = useEnrollments(user?.uid);
  const byCourse = new Map((enrollments.data ?? []).map((e) => [e.courseId, e]));

  return (
    <div className="page">
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1>Learn</h1>
        {user?.claims.admin ? (
          <Link className="btn btn-outline btn-small" to="/learn/author">
            Author courses
          </Link>
        ) : null}
      </div>
      {courses.error ? (
        <p className="form-error" role="alert">
          {errorMessage(courses.error, 'Could not load the courses.')}
        </p>
      ) : courses.isPending ? (
        <Spinner label="Loading courses" />
      ) : (courses.data ?? []).length === 0 ? (
        <EmptyState title="No courses yet" icon="🧪">
          <p>Courses appear here once they are published.</p>
        </EmptyState>
      ) : (
        <ul className="learn-grid" aria-label="Courses">
          {(courses.data ?? []).map((course) => {
            const enrollment = byCourse.get(course.id);
            return (
              <li key={course.id}>
                <article className="card course-card">
                  <h2>
                    <Link to={`/learn/${course.id}`}>{course.title}</Link>
                  </h2>
                  <p className="muted">{course.summary}</p>
                  <div className="course-meta">
                    <span className="badge">{course.level}</span>
                    <span>{course.durationMinutes} min</span>
                    <span>{course.lessonCount} lessons</span>
                    {course.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </div>
                  {enrollment ? (
                    <ProgressBar value={enrollment.progress} label={`Progress in ${course.title}`} />
                  ) : (
                    <span className="muted">Not started</span>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
