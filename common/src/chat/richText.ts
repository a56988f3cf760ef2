/** Tokens a message renders as: plain text, links, inline code, code blocks and mentions. */
export type RichToken =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string }
  | { kind: 'code'; text: string }
  | { kind: 'codeBlock'; text: string; language: string }
  | { kind: 'mention'; text: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;

function inlineTokens(text: string, mentionNames: string[]): RichToken[] {
  const tokens: RichToken[] = [];
  const parts = text.split(/(`[^`\n]+`)/g);
  for (const part of parts) {
    if (!part) continue;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      tokens.push({ kind: 'code', text: part.slice(1, -1) });
      continue;
    }
    let last = 0;
    for (const match of part.matchAll(URL_PATTERN)) {
      if (match.index > last) tokens.push(...mentionTokens(part.slice(last, match.index), mentionNames));
      tokens.push({ kind: 'link', href: match[0] });
      last = match.index + match[0].length;
    }
    if (last < part.length) tokens.push(...mentionTokens(part.slice(last), mentionNames));
  }
  return tokens;
}

function mentionTokens(text: string, names: string[]): RichToken[] {
  if (!names.length || !text.includes('@')) return [{ kind: 'text', text }];
  const sorted = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(@(?:${sorted.join('|')}))(?![\\p{L}\\p{N}_])`, 'giu');
  const tokens: RichToken[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) tokens.push({ kind: 'text', text: text.slice(last, match.index) });
    tokens.push({ kind: 'mention', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  return tokens;
}

/** Splits a message into tokens. Rendering them as React nodes keeps every string escaped. */
export function tokenizeMessage(text: string, mentionNames: string[] = []): RichToken[] {
  const tokens: RichToken[] = [];
  const blocks = text.split(/```([\w+-]*)\n?([\s\S]*?)```/g);
  // split with two groups yields: text, language, code, text, language, code, ...
  for (let i = 0; i < blocks.length; i += 3) {
    const plain = blocks[i];
    if (plain) tokens.push(...inlineTokens(plain, mentionNames));
    const code = blocks[i + 2];
    if (code !== undefined)
      tokens.push({ kind: 'codeBlock', language: blocks[i + 1] ?? '', text: code.replace(/\n$/, '') });
  }
  return tokens;
}
