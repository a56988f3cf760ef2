import { COURSE_LEVELS, type CourseLevel } from '@aether/common/learning/schema';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import type { Course } from './api';
import { LessonEditor } from './LessonEditor';
import { learningApi, useCourses, useLessons } from './queries';
import './learning.css';

/** /learn/author (admins): courses, lessons, quizzes and simulation settings; publish/unpublish. */
export default function AuthorPage() {
  const courses = useCourses(true);
  const [selected, setSelected] = useState<string | null>(null);
  const course = courses.data?.find((c) => c.id === selected) ?? null;

  const togglePublished = async (c: Course) => {
    try {
      await (await learningApi()).setCoursePublished(c.id, !c.published);
      toast.success(c.published ? `${c.title} is now a draft` : `${c.title} is published`);
    } catch (error) {
      toast.error(errorMessage(error, 'Could not change the course.'));
    }
  };

  return (
    <div className="page stack">
      <p>
        <Link to="/learn">← Catalog</Link>
      </p>
      <h1>Author courses</h1>
      {courses.error ? (
        <p className="form-error" role="alert">
          {errorMessage(courses.error)}
        </p>
      ) : courses.isPending ? (
        <Spinner label="Loading courses" />
      ) : (
        <ul className="lesson-list" aria-label="All courses">
          {(courses.data ?? []).map((c) => (
            <li key={c.id} className="card">
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => setSelected(c.id)}
                aria-pressed={selected === c.id}
              >
                {c.title}
              </button>
              <span className="badge">{c.published ? 'published' : 'draft'}</span>
              <span className="muted">{c.lessonCount} lessons</span>
              <button type="button" className="btn btn-outline btn-small" onClick={() => togglePublished(c)}>
                {c.published ? 'Unpublish' : 'Publish'} {c.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CourseForm key={course?.id ?? 'new'} course={course} onSaved={setSelected} />
      {course ? <CourseLessons course={course} /> : null}
    </div>
  );
}

function CourseForm({ course, onSaved }: { course: Course | null; onSaved: (id: string) => void }) {
  const [id, setId] = useState(course?.id ?? '');
  const [title, setTitle] = useState(course?.title ?? '');
  const [summary, setSummary] = useState(course?.summary ?? '');
  const [level, setLevel] = useState<CourseLevel>(course?.level ?? 'beginner');
  const [duration, setDuration] = useState(course?.durationMinutes ?? 30);
  const [tags, setTags] = useState(course?.tags.join(', ') ?? '');
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      const fields = {
        title,
        summary,
        level,
        durationMinutes: duration,
        tags: tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      };
      const r = await (await learningApi()).saveCourse(id, fields);
      toast.success(r.created ? 'Course created (draft)' : 'Course saved');
      onSaved(id);
    } catch (error) {
      toast.error(errorMessage(error, 'Could not save the course.'));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="card stack-tight" onSubmit={submit} aria-label={course ? `Edit ${course.title}` : 'New course'}>
      <h2>{course ? `Edit “${course.title}”` : 'New course'}</h2>
      <label className="field">
        Course id
        <input
          value={id}
          onChange={(e) => setId(e.target.value)}
          disabled={Boolean(course)}
          required
          pattern="[a-z0-9][a-z0-9-]*"
        />
      </label>
      <label className="field">
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
      </label>
      <label className="field">
        Summary
        <input value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={600} />
      </label>
      <label className="field">
        Level
        <select value={level} onChange={(e) => setLevel(e.target.value as CourseLevel)}>
          {COURSE_LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      <label className="field">
        Duration (minutes)
        <input type="number" min={1} value={duration} onChange={(e) => setDuration(Number(e.target.value))} />
      </label>
      <label className="field">
        Tags (comma separated)
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save course'}
        </button>
      </div>
    </form>
  );
}

function CourseLessons({ course }: { course: Course }) {
  const lessons = useLessons(course.id);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="stack-tight" aria-label={`Lessons of ${course.title}`}>
      <h2>Lessons</h2>
      <div className="row">
        {(lessons.data ?? []).map((l) => (
          <button key={l.id} type="button" className="btn btn-outline btn-small" onClick={() => setEditing(l.id)}>
            Edit {l.title}
          </button>
        ))}
        <button type="button" className="btn btn-outline btn-small" onClick={() => setEditing('')}>
          New lesson
        </button>
      </div>
      {editing !== null ? (
        <LessonEditor key={editing || 'new'} courseId={course.id} lessonId={editing || null} />
      ) : null}
    </section>
  );
}
