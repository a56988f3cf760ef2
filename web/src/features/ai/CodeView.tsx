import { useMemo } from 'react';
import { highlight } from './highlight';

/** Syntax-highlighted source; re-highlights as the streamed text grows. */
export function CodeView({ code, language, label }: { code: string; language: string; label: string }) {
  const html = useMemo(() => highlight(code, language), [code, language]);
  return (
    <pre className="ai-code" aria-label={label} tabIndex={0}>
      {html === null ? (
        <code>{code}</code>
      ) : (
        // highlight.js escapes the source; the markup is only its <span class="hljs-…"> tokens.
        <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </pre>
  );
}
