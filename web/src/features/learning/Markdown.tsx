import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { renderLessonMarkdown } from './markdown';

/** Lesson content: sanitised markdown with KaTeX formulas. */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderLessonMarkdown(source), [source]);
  // Safe: renderLessonMarkdown sanitises with DOMPurify; only KaTeX output is added afterwards.
  return <div className="lesson-content" dangerouslySetInnerHTML={{ __html: html }} />;
}
