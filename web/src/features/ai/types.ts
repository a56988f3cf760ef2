import type { GenerationStatus, GenerationType, GenerationUsage } from '@aether/common';

/** One generation (a studio version or an assistant turn) as the UI sees it. */
export interface Generation {
  id: string;
  ownerId: string;
  type: GenerationType;
  language: string | null;
  prompt: string;
  parentId: string | null;
  rootId: string;
  version: number;
  regenerate: boolean;
  threadId: string | null;
  name: string | null;
  status: GenerationStatus;
  output: string;
  model: string | null;
  usage: GenerationUsage | null;
  cached: boolean;
  demo: boolean;
  error: string | null;
  refused: boolean;
  cancelRequested: boolean;
  /** null while the server timestamp is pending (e.g. created offline). */
  createdAt: number | null;
  /** Written locally and not yet confirmed by the server. */
  pending: boolean;
}

export interface Thread {
  id: string;
  ownerId: string;
  title: string;
  createdAt: number | null;
  updatedAt: number | null;
}
