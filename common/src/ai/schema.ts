import { z } from 'zod';

/**
 * AI studio contract shared by the web app and the generation pipeline (functions/src/ai).
 * generations/{id}: one immutable version of a studio result, or one assistant reply (type 'chat').
 * The client creates it `queued`; only functions move status and write output/usage/model.
 */
export const GENERATION_TYPES = ['code', 'api', 'ui', 'cli', 'chat'] as const;
export type GenerationType = (typeof GENERATION_TYPES)[number];
/** Types the studio offers (chat is the assistant's). */
export const STUDIO_TYPES = ['code', 'api', 'ui', 'cli'] as const satisfies readonly GenerationType[];
export type StudioType = (typeof STUDIO_TYPES)[number];

export const GENERATION_STATUSES = ['queued', 'streaming', 'done', 'error', 'cancelled'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];
export const isFinalStatus = (s: GenerationStatus) => s === 'done' || s === 'error' || s === 'cancelled';

/** Mirrored by hand in firestore.rules; tests/rules/ai.test.ts asserts the same numbers. */
export const AI_LIMITS = {
  promptMax: 8000,
  languageMax: 40,
  checkpointNameMax: 60,
  threadTitleMax: 120,
  idMax: 128,
  versionMax: 1000,
  /** How many earlier turns of a thread an assistant reply sees. */
  threadContextTurns: 10,
  /** Output stops growing here (a runaway stream must not exceed the 1 MiB document limit). */
  outputMax: 200_000,
} as const;

export const LANGUAGES = [
  'typescript',
  'javascript',
  'python',
  'go',
  'rust',
  'java',
  'csharp',
  'cpp',
  'c',
  'ruby',
  'php',
  'kotlin',
  'swift',
  'bash',
  'sql',
] as const;

export const TYPE_LABELS: Record<GenerationType, string> = {
  code: 'Code',
  api: 'API (OpenAPI 3.1)',
  ui: 'UI component',
  cli: 'CLI tool',
  chat: 'Assistant',
};

export interface GenerationUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** The fields a client writes when it asks for a generation (rules accept exactly these). */
export const newGenerationSchema = z.object({
  ownerId: z.string().min(1).max(AI_LIMITS.idMax),
  type: z.enum(GENERATION_TYPES),
  language: z.string().min(1).max(AI_LIMITS.languageMax).nullable(),
  prompt: z
    .string()
    .refine((p) => p.trim().length > 0, 'Write a prompt first.')
    .refine((p) => p.length <= AI_LIMITS.promptMax, `Prompts are limited to ${AI_LIMITS.promptMax} characters.`),
  /** The version this one continues from (refine / regenerate); its output is the context. */
  parentId: z.string().min(1).max(AI_LIMITS.idMax).nullable(),
  /** The first version's id: all versions of one studio result share it. */
  rootId: z.string().min(1).max(AI_LIMITS.idMax),
  version: z.number().int().min(1).max(AI_LIMITS.versionMax),
  /** true: skip the cache and ask the provider again. */
  regenerate: z.boolean(),
  /** Assistant replies belong to threads/{threadId}. */
  threadId: z.string().min(1).max(AI_LIMITS.idMax).nullable(),
  name: z.string().max(AI_LIMITS.checkpointNameMax).nullable(),
  cancelRequested: z.boolean(),
  status: z.literal('queued'),
});
export type NewGeneration = z.infer<typeof newGenerationSchema>;

export interface GenerationRequest {
  type: GenerationType;
  language?: string | null;
  prompt: string;
  parentId?: string | null;
  rootId?: string | null;
  version?: number;
  regenerate?: boolean;
  threadId?: string | null;
}

/** The document a client creates (plus createdAt: serverTimestamp()). `id` is the new doc's id. */
export function newGenerationFields(ownerId: string, id: string, request: GenerationRequest): NewGeneration {
  return {
    ownerId,
    type: request.type,
    language: request.type === 'code' ? (request.language ?? 'typescript') : null,
    prompt: request.prompt,
    parentId: request.parentId ?? null,
    rootId: request.rootId ?? id,
    version: request.version ?? 1,
    regenerate: request.regenerate ?? false,
    threadId: request.threadId ?? null,
    name: null,
    cancelRequested: false,
    status: 'queued',
  };
}

/** Everything the pipeline adds to a generation. */
export interface GenerationResult {
  status: GenerationStatus;
  output: string;
  model: string | null;
  usage: GenerationUsage | null;
  cacheKey: string | null;
  cached: boolean;
  /** Produced by the local demo server (no API key), shown as "Demo output". */
  demo: boolean;
  /** A sentence the user understands when status is error. */
  error: string | null;
  /** Set when moderation refused the prompt. */
  refused: boolean;
  flushes: number;
}

/** threads/{id}: an assistant conversation. Its turns are generations with type 'chat' and this threadId. */
export interface NewThread {
  ownerId: string;
  title: string;
}

export function threadTitleFrom(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || 'New conversation';
}

/** Models whose name starts with this come from the local demo server. */
export const DEMO_MODEL_PREFIX = 'aether-demo';
export const isDemoModel = (model: string | null | undefined) => Boolean(model?.startsWith(DEMO_MODEL_PREFIX));
