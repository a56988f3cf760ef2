import { fileNameFor, stripCodeFence } from '@aether/common';
import type { Generation } from './types';

/** The result's code without a wrapping Markdown fence. */
export const codeOf = (g: Generation) => stripCodeFence(g.output);

export function downloadGeneration(g: Generation): string {
  const name = fileNameFor(g.prompt, g.type, g.language);
  const url = URL.createObjectURL(new Blob([codeOf(g)], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
