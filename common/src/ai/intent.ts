import { LANGUAGES, type StudioType } from './schema';

export interface GenerationIntent {
  type: StudioType;
  language: string | null;
  /** The prompt to prefill in the studio. */
  prompt: string;
}

const VERB =
  /\b(make|build|create|generate|write|code|scaffold|give me|i need|i want|can you (?:make|build|write|create))\b/i;
const TYPE_PATTERNS: { type: StudioType; pattern: RegExp }[] = [
  {
    type: 'api',
    pattern: /\b(openapi|swagger|rest(?:ful)? api|api spec(?:ification)?|api (?:for|that)|endpoints? for)\b/i,
  },
  { type: 'cli', pattern: /\b(cli|command[- ]line(?: tool| app| utility| program)?|terminal (?:tool|app))\b/i },
  {
    type: 'ui',
    pattern:
      /\b(ui|component|widget|landing page|web ?page|form|button|navbar|nav bar|modal|dialog|card|dashboard|html(?: page)?|layout)\b/i,
  },
  {
    type: 'code',
    pattern: /\b(function|script|class|program|algorithm|regex|snippet|module|library|code|parser|implementation)\b/i,
  },
];
const LANGUAGE_ALIASES: Record<string, string> = {
  ts: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
  node: 'javascript',
  python: 'python',
  py: 'python',
  go: 'go',
  golang: 'go',
  rust: 'rust',
  java: 'java',
  'c#': 'csharp',
  csharp: 'csharp',
  'c++': 'cpp',
  cpp: 'cpp',
  ruby: 'ruby',
  php: 'php',
  kotlin: 'kotlin',
  swift: 'swift',
  bash: 'bash',
  shell: 'bash',
  sql: 'sql',
};

function languageIn(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z#+]+/g) ?? [];
  for (const word of words) {
    const language = LANGUAGE_ALIASES[word];
    if (language && (LANGUAGES as readonly string[]).includes(language)) return language;
  }
  return null;
}

/**
 * Recognises an assistant message that is really a generation request ("make me a CLI that…",
 * "build a pricing card component"), so the assistant can offer to open it in the studio.
 * A question ("what is a CLI?", "how do I…") is not a request. Pure, table-tested.
 */
export function detectGenerationIntent(text: string): GenerationIntent | null {
  const trimmed = text.trim();
  if (trimmed.length < 8) return null;
  const question = /^(what|why|how|when|where|who|which|is|are|does|do|explain|tell me about)\b/i.test(trimmed);
  if (question && !/\b(make|build|create|generate|write)\b/i.test(trimmed.split(/[.?!]/)[0] ?? '')) return null;
  if (!VERB.test(trimmed)) return null;
  const match = TYPE_PATTERNS.find(({ pattern }) => pattern.test(trimmed));
  if (!match) return null;
  const language = match.type === 'code' || match.type === 'cli' ? languageIn(trimmed) : null;
  if (
    match.type === 'code' &&
    !language &&
    !/\b(function|script|class|program|algorithm|regex|snippet|parser)\b/i.test(trimmed)
  )
    return null;
  return { type: match.type, language: match.type === 'code' ? (language ?? 'typescript') : language, prompt: trimmed };
}
