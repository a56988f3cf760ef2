import type { ContentKind, ModerationVerdict } from './schema';
import { HARMFUL_REQUESTS, SPAM_PHRASES, WORD_CATEGORIES, type WordCategory } from './wordLists';

/** Tunables of the local classifier's heuristics. */
export const CLASSIFIER_LIMITS = {
  /** More links than this in one text is a link flood. */
  maxLinks: 3,
  /** The same character this many times in a row is spam ("!!!!!!!!!!!!"). */
  repeatedCharRun: 12,
  /** The same word this many times in a row, or this share of all words, is spam. */
  repeatedWordRun: 5,
  repeatedWordShare: 0.6,
  repeatedWordMinWords: 10,
  /** Shouting: at least this many letters, and this share of them upper case. */
  capsMinLetters: 30,
  capsShare: 0.85,
} as const;

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/**
 * Lower-case words with light leetspeak undone ("1d10t" → "idiot", "@ssh0le" → "asshole") and
 * apostrophes dropped ("i'll" → "ill"). Everything that is not a letter separates words.
 */
export function normalizeWords(text: string): string[] {
  const lowered = text.toLowerCase().replace(/['’]/g, '');
  // Only undo leetspeak inside tokens that also contain letters, so "4 5" stays numbers, and
  // only for "!"/"$" followed by more of the word, so "idiot!" keeps its punctuation.
  const tokens = lowered
    .split(/\s+/)
    .map((token) =>
      /\p{L}/u.test(token) ? token.replace(/[0134578@]|[$!](?=[\p{L}\p{N}@$])/gu, (c) => LEET[c] ?? c) : token,
    );
  return tokens
    .join(' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsPhrase(words: string[], phrase: string): boolean {
  const target = phrase.split(' ');
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let j = 0; j < target.length; j++) if (words[i + j] !== target[j]) continue outer;
    return true;
  }
  return false;
}

function matchLists(words: string[], lists: WordCategory[]): { category: string; reason: string }[] {
  return lists.filter((list) => list.words.some((w) => containsPhrase(words, w)));
}

export function countLinks(text: string): number {
  return (text.match(/\b(?:https?:\/\/|www\.)\S+/gi) ?? []).length;
}

function spamReasons(text: string, words: string[]): string[] {
  const reasons: string[] = [];
  const L = CLASSIFIER_LIMITS;
  const run = new RegExp(`(\\S)\\1{${L.repeatedCharRun - 1},}`, 'u').exec(text);
  if (run) reasons.push(`Looks like spam: "${run[1]}" repeated ${run[0].length} times`);

  let longest = 1;
  let current = 1;
  for (let i = 1; i < words.length; i++) {
    current = words[i] === words[i - 1] ? current + 1 : 1;
    longest = Math.max(longest, current);
  }
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  if (longest >= L.repeatedWordRun) reasons.push(`Looks like spam: the same word ${longest} times in a row`);
  else if (words.length >= L.repeatedWordMinWords && top / words.length >= L.repeatedWordShare) {
    reasons.push('Looks like spam: the same word over and over');
  }

  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= L.capsMinLetters && upper.length / letters.length >= L.capsShare) {
    reasons.push('Please don’t shout: the message is almost all capital letters');
  }
  const phrase = SPAM_PHRASES.find((p) => containsPhrase(words, p));
  if (phrase) reasons.push(`Looks like spam: contains "${phrase}"`);
  return reasons;
}

function verdict(hits: { category: string; reason: string }[]): ModerationVerdict {
  if (hits.length === 0) return { flagged: false, categories: [], reason: null, source: 'local' };
  const categories = [...new Set(hits.map((h) => h.category))];
  return { flagged: true, categories, reason: hits.map((h) => h.reason).join('. '), source: 'local' };
}

/**
 * The local classifier: word lists for abuse, hate, violence and self-harm, spam heuristics and
 * link flood for user content, and harmful-request lists for generation prompts. Pure and
 * synchronous; the same function the server falls back to when OpenAI is not configured.
 */
export function classifyText(text: string, kind: ContentKind): ModerationVerdict {
  const words = normalizeWords(text);
  const hits = matchLists(words, WORD_CATEGORIES);
  if (kind === 'generation') {
    // Prompts are not spam-checked (a prompt may legitimately contain links or capitals), but
    // abusive and clearly harmful requests are refused with the reason.
    hits.push(...matchLists(words, HARMFUL_REQUESTS));
    return verdict(hits);
  }
  for (const reason of spamReasons(text, words)) hits.push({ category: 'spam', reason });
  const links = countLinks(text);
  if (links > CLASSIFIER_LIMITS.maxLinks) {
    hits.push({ category: 'link-flood', reason: `Looks like spam: ${links} links in one message` });
  }
  return verdict(hits);
}

/** What the AI studio calls before sending a prompt to a model. */
export function classifyPrompt(prompt: string): ModerationVerdict {
  return classifyText(prompt, 'generation');
}
