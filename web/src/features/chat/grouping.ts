import type { Message } from './types';

export interface MessageGroup {
  key: string;
  authorId: string;
  day: string;
  messages: Message[];
}

/** Consecutive messages by one author within five minutes form a group. */
const GROUP_GAP_MS = 5 * 60_000;

export function dayKey(ms: number | null, now = Date.now()): string {
  const date = new Date(ms ?? now);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export function dayLabel(ms: number | null, now = Date.now()): string {
  const key = dayKey(ms, now);
  if (key === dayKey(now, now)) return 'Today';
  if (key === dayKey(now - 86_400_000, now)) return 'Yesterday';
  return new Date(ms ?? now).toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
}

export function groupMessages(messages: Message[], now = Date.now()): MessageGroup[] {
  const groups: MessageGroup[] = [];
  for (const message of messages) {
    const day = dayKey(message.createdAt, now);
    const last = groups.at(-1);
    const previous = last?.messages.at(-1);
    const close =
      previous && (message.createdAt ?? now) - (previous.createdAt ?? now) < GROUP_GAP_MS && !message.replyTo;
    if (last && last.authorId === message.authorId && last.day === day && close) last.messages.push(message);
    else groups.push({ key: message.id, authorId: message.authorId, day, messages: [message] });
  }
  return groups;
}

/** Merges older pages with the live page, without duplicates, oldest first. */
export function mergePages(older: Message[], latest: Message[]): Message[] {
  const seen = new Set(latest.map((m) => m.id));
  return [...older.filter((m) => !seen.has(m.id)), ...latest];
}

/** Reaction counts for display: emoji -> uids, in first-reacted order. */
export function reactionSummary(reactions: Record<string, string[]>): { emoji: string; uids: string[] }[] {
  const byEmoji = new Map<string, string[]>();
  for (const [uid, emojis] of Object.entries(reactions)) {
    for (const emoji of emojis ?? []) byEmoji.set(emoji, [...(byEmoji.get(emoji) ?? []), uid]);
  }
  return [...byEmoji].map(([emoji, uids]) => ({ emoji, uids }));
}

export function toggleEmoji(current: string[] | undefined, emoji: string): string[] {
  const list = current ?? [];
  return list.includes(emoji) ? list.filter((e) => e !== emoji) : [...list, emoji].slice(-10);
}
