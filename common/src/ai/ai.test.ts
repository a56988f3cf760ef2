import { describe, expect, it } from 'vitest';
import { extensionFor, fileNameFor, stripCodeFence } from './files';
import { detectGenerationIntent } from './intent';
import { buildMessages, cacheKeySource } from './prompts';
import { newGenerationFields, newGenerationSchema, threadTitleFrom } from './schema';

describe('detectGenerationIntent', () => {
  it.each([
    ['make me a CLI that renames photos by date', 'cli', null],
    ['Build a pricing card component with three tiers', 'ui', null],
    ['Can you write a python function that parses ISO dates?', 'code', 'python'],
    ['generate an OpenAPI spec for a todo service', 'api', null],
    ['I need a REST API for a bookstore', 'api', null],
    ['write a command-line tool in go that counts lines', 'cli', 'go'],
    ['create a regex to validate emails', 'code', 'typescript'],
    ['Make a landing page for a bakery', 'ui', null],
  ])('%s → %s', (text, type, language) => {
    const intent = detectGenerationIntent(text);
    expect(intent).not.toBeNull();
    expect(intent!.type).toBe(type);
    expect(intent!.language).toBe(language);
    expect(intent!.prompt).toBe(text);
  });

  it.each([
    'what is a CLI?',
    'How do I center a div?',
    'thanks!',
    'Explain what OpenAPI is',
    'tell me a joke about compilers',
    'I love this app',
    'hi',
  ])('%s → not a generation', (text) => {
    expect(detectGenerationIntent(text)).toBeNull();
  });
});

describe('files', () => {
  it.each([
    ['code', 'python', 'py'],
    ['code', 'typescript', 'ts'],
    ['code', 'unknown', 'txt'],
    ['api', null, 'yaml'],
    ['ui', null, 'html'],
    ['cli', null, 'mjs'],
    ['cli', 'go', 'go'],
    ['chat', null, 'md'],
  ] as const)('%s/%s downloads as .%s', (type, language, ext) => {
    expect(extensionFor(type, language)).toBe(ext);
  });

  it('names a file after the prompt', () => {
    expect(fileNameFor('A Todo list — with filters!', 'ui', null)).toBe('a-todo-list-with-filters.html');
    expect(fileNameFor('???', 'code', 'go')).toBe('generation.go');
  });

  it('strips one enclosing code fence only', () => {
    expect(stripCodeFence('```html\n<p>hi</p>\n```')).toBe('<p>hi</p>');
    expect(stripCodeFence('plain')).toBe('plain');
    const two = '```js\na\n```\ntext\n```js\nb\n```';
    expect(stripCodeFence(two)).toBe(two);
  });
});

describe('prompts and cache keys', () => {
  it('a refinement carries the previous output as context', () => {
    const messages = buildMessages({ type: 'ui', language: null, prompt: 'make it blue', previousOutput: '<p>x</p>' });
    expect(messages.map((m) => m.role)).toEqual(['system', 'assistant', 'user']);
    expect(messages[1]!.content).toBe('<p>x</p>');
    expect(messages[2]!.content).toContain('make it blue');
  });

  it('a thread reply carries earlier turns', () => {
    const messages = buildMessages({
      type: 'chat',
      language: null,
      prompt: 'and in Go?',
      history: [{ prompt: 'hello in rust', output: 'println!' }],
    });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
  });

  it('the same request gives the same key; any difference changes it', () => {
    const base = {
      type: 'code' as const,
      language: 'go',
      model: 'm',
      messages: buildMessages({ type: 'code', language: 'go', prompt: 'p' }),
    };
    expect(cacheKeySource(base)).toBe(cacheKeySource({ ...base }));
    expect(cacheKeySource(base)).not.toBe(cacheKeySource({ ...base, language: 'rust' }));
    expect(cacheKeySource(base)).not.toBe(
      cacheKeySource({
        ...base,
        messages: buildMessages({ type: 'code', language: 'go', prompt: 'p', previousOutput: 'x' }),
      }),
    );
  });
});

describe('newGenerationFields', () => {
  it('produces a document the schema accepts', () => {
    const fields = newGenerationFields('u1', 'g1', { type: 'code', prompt: 'sum two numbers' });
    expect(newGenerationSchema.parse(fields)).toEqual(fields);
    expect(fields).toMatchObject({ rootId: 'g1', version: 1, language: 'typescript', status: 'queued' });
  });

  it('drops the language for non-code types and rejects empty prompts', () => {
    expect(newGenerationFields('u1', 'g1', { type: 'ui', language: 'go', prompt: 'x' }).language).toBeNull();
    expect(newGenerationSchema.safeParse(newGenerationFields('u1', 'g1', { type: 'ui', prompt: '  ' })).success).toBe(
      false,
    );
  });

  it('titles threads from their first line', () => {
    expect(threadTitleFrom('  Hello there\nmore')).toBe('Hello there');
    expect(threadTitleFrom('')).toBe('New conversation');
    expect(threadTitleFrom('x'.repeat(80))).toHaveLength(58);
  });
});
