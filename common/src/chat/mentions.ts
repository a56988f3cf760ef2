export interface Mentionable {
  uid: string;
  displayName: string;
}

/**
 * The members a message mentions: "@Alice Chen" matches the member named "Alice Chen" (longest
 * names first, case-insensitive). Returns unique uids in order of first appearance.
 */
export function findMentions(text: string, members: Mentionable[], max = 20): string[] {
  const byLength = [...members].sort((a, b) => b.displayName.length - a.displayName.length);
  const found: string[] = [];
  const lower = text.toLowerCase();
  let index = lower.indexOf('@');
  while (index !== -1 && found.length < max) {
    const rest = lower.slice(index + 1);
    const match = byLength.find((m) => {
      const name = m.displayName.toLowerCase();
      if (!name || !rest.startsWith(name)) return false;
      const next = rest.charAt(name.length);
      return next === '' || !/[\p{L}\p{N}_]/u.test(next);
    });
    if (match && !found.includes(match.uid)) found.push(match.uid);
    index = lower.indexOf('@', index + 1);
  }
  return found;
}

/** The partial "@na" being typed at the caret, for autocomplete; null when not in a mention. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  if (at > 0 && /[\p{L}\p{N}_]/u.test(before.charAt(at - 1))) return null; // an email address
  const query = before.slice(at + 1);
  if (query.length > 30 || /\n/.test(query) || /\s{2}/.test(query)) return null;
  return { start: at, query };
}
