import type { GenerationType } from './schema';

const LANGUAGE_EXTENSIONS: Record<string, string> = {
  typescript: 'ts',
  javascript: 'js',
  python: 'py',
  go: 'go',
  rust: 'rs',
  java: 'java',
  csharp: 'cs',
  cpp: 'cpp',
  c: 'c',
  ruby: 'rb',
  php: 'php',
  kotlin: 'kt',
  swift: 'swift',
  bash: 'sh',
  sql: 'sql',
};

/** The file extension a result downloads with. */
export function extensionFor(type: GenerationType, language: string | null): string {
  switch (type) {
    case 'api':
      return 'yaml';
    case 'ui':
      return 'html';
    case 'cli':
      return language ? (LANGUAGE_EXTENSIONS[language] ?? 'txt') : 'mjs';
    case 'chat':
      return 'md';
    case 'code':
      return (language && LANGUAGE_EXTENSIONS[language]) || 'txt';
  }
}

/** highlight.js language name for the output of a type. */
export function highlightLanguageFor(type: GenerationType, language: string | null): string {
  switch (type) {
    case 'api':
      return 'yaml';
    case 'ui':
      return 'xml';
    case 'cli':
      return language ?? 'javascript';
    case 'chat':
      return 'markdown';
    case 'code':
      return language === 'csharp' ? 'csharp' : (language ?? 'plaintext');
  }
}

/** A safe file name from a prompt: "Todo list component" → "todo-list-component.html". */
export function fileNameFor(prompt: string, type: GenerationType, language: string | null): string {
  const base =
    prompt
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'generation';
  return `${base}.${extensionFor(type, language)}`;
}

/**
 * Models often wrap a whole answer in one Markdown fence; the studio shows and downloads the code
 * inside it. Text with no fence (or several) is returned unchanged.
 */
export function stripCodeFence(output: string): string {
  const match = output.trim().match(/^```[\w+-]*\n([\s\S]*?)\n?```$/);
  if (!match || match[1]!.includes('\n```')) return output;
  return match[1]!;
}
