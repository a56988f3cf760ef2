import type { GenerationType } from './schema';

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const SYSTEM: Record<GenerationType, (language: string | null) => string> = {
  code: (language) =>
    `You are an expert ${language ?? 'software'} engineer. Answer with one complete, idiomatic ${language ?? ''} source file in a single fenced code block, with brief comments. No prose outside the block.`,
  api: () =>
    'You design HTTP APIs. Answer with one complete OpenAPI 3.1 document in YAML (openapi: 3.1.0) in a single fenced yaml block: info, servers, paths with operationIds, request bodies, responses and components/schemas. No prose outside the block.',
  ui: () =>
    'You build UI components. Answer with ONE self-contained HTML document (inline <style> and <script>, no external resources, no network calls) in a single fenced html block. It must be accessible (labels, roles, keyboard) and responsive. No prose outside the block.',
  cli: (language) =>
    `You write command-line tools. Answer with one runnable ${language ?? 'Node.js (ES module, no dependencies)'} program in a single fenced code block. It parses its arguments, prints usage text on --help and on bad input, and exits with a non-zero code on errors. No prose outside the block.`,
  chat: () =>
    "You are Aether's assistant. Answer clearly and concisely in Markdown. If the user asks you to build code, an API, a UI component or a CLI tool, answer briefly; the app offers to open the request in the AI studio.",
};

export function systemPromptFor(type: GenerationType, language: string | null): string {
  return SYSTEM[type](language);
}

/**
 * The messages sent to the provider. A refinement carries the previous output as context; an
 * assistant reply carries the thread's earlier turns.
 */
export function buildMessages(input: {
  type: GenerationType;
  language: string | null;
  prompt: string;
  previousOutput?: string | null;
  history?: { prompt: string; output: string }[];
}): ChatTurn[] {
  const messages: ChatTurn[] = [{ role: 'system', content: systemPromptFor(input.type, input.language) }];
  for (const turn of input.history ?? []) {
    messages.push({ role: 'user', content: turn.prompt }, { role: 'assistant', content: turn.output });
  }
  if (input.previousOutput) {
    messages.push({ role: 'assistant', content: input.previousOutput });
    messages.push({
      role: 'user',
      content: `Revise the result above: ${input.prompt}\nAnswer with the complete updated result.`,
    });
  } else {
    messages.push({ role: 'user', content: input.prompt });
  }
  return messages;
}

/**
 * The text a cache key is hashed from: identical type, language, prompt and context give the same
 * key. JSON keeps the parts unambiguous.
 */
export function cacheKeySource(input: {
  type: GenerationType;
  language: string | null;
  model: string;
  messages: ChatTurn[];
}): string {
  return JSON.stringify([input.type, input.language, input.model, input.messages]);
}
