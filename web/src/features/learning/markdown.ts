import DOMPurify from 'dompurify';
import katex from 'katex';
import { marked } from 'marked';

const BLOCK = /\$\$([\s\S]+?)\$\$/g;
const INLINE = /\$([^$\n]+?)\$/g;

/**
 * Lesson markdown to safe HTML: formulas ($…$, $$…$$) are set aside, the markdown is rendered and
 * sanitised with DOMPurify, then KaTeX's output (which escapes its input) is put back.
 */
export function renderLessonMarkdown(source: string): string {
  const formulas: string[] = [];
  const keep = (tex: string, displayMode: boolean) => {
    formulas.push(katex.renderToString(tex.trim(), { displayMode, throwOnError: false, trust: false }));
    return `KATEXFORMULA${formulas.length - 1}X`;
  };
  const withPlaceholders = source
    .replace(BLOCK, (_, tex: string) => keep(tex, true))
    .replace(INLINE, (_, tex: string) => keep(tex, false));
  const html = marked.parse(withPlaceholders, { async: false, gfm: true }) as string;
  const safe = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
  return safe.replace(/KATEXFORMULA(\d+)X/g, (_, i: string) => formulas[Number(i)] ?? '');
}
