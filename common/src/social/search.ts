import { SEARCH_LIMITS } from './limits';

export type SearchKind = 'user' | 'post' | 'course' | 'room';
export const SEARCH_KINDS: SearchKind[] = ['user', 'post', 'course', 'room'];

/** search/{kind}_{id}: what a search result shows plus the token index it is found by. */
export interface SearchDoc {
  kind: SearchKind;
  refId: string;
  title: string;
  subtitle: string;
  link: string;
  tokens: string[];
}

export const searchDocId = (kind: SearchKind, id: string) => `${kind}_${id}`;

/** Lower case, accents removed, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Index tokens for a text: every word whole, plus its prefixes from prefixMin to prefixMax
 * characters, so "gravity" is found by "gr", "grav" and "gravity". Unique and bounded.
 */
export function searchTokens(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const word of texts.flatMap(words)) {
    if (word.length < SEARCH_LIMITS.prefixMin) continue;
    out.add(word);
    for (let n = SEARCH_LIMITS.prefixMin; n <= Math.min(word.length, SEARCH_LIMITS.prefixMax); n++) {
      out.add(word.slice(0, n));
    }
    if (out.size >= SEARCH_LIMITS.tokensMax) break;
  }
  return [...out].slice(0, SEARCH_LIMITS.tokensMax);
}

/**
 * The query plan: Firestore can match one array-contains per query, so the server matches the
 * most selective (longest) term and the client keeps the results that contain every other term.
 */
export function queryTerms(q: string): { primary: string | null; rest: string[] } {
  const terms = [
    ...new Set(
      words(q)
        .filter((w) => w.length >= SEARCH_LIMITS.prefixMin)
        .map((w) => w.slice(0, SEARCH_LIMITS.prefixMax)),
    ),
  ];
  if (!terms.length) return { primary: null, rest: [] };
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return { primary: sorted[0]!, rest: sorted.slice(1) };
}

export function matchesAll(tokens: string[], rest: string[]): boolean {
  const set = new Set(tokens);
  return rest.every((t) => set.has(t));
}
