/** Pure scoring for "who to follow" and recommended rooms/courses (run in functions). */
export interface Recommendation {
  id: string;
  score: number;
  reason: string;
}

/**
 * Friends of friends (each mutual path counts 2) plus shared interests (each shared tag counts 1);
 * never yourself, never someone you already follow.
 */
export function recommendPeople(input: {
  me: string;
  following: string[];
  /** For each person I follow: whom they follow. */
  followingOfFollowing: Record<string, string[]>;
  myTags: string[];
  /** Candidate authors and the tags they post with. */
  tagsByAuthor: Record<string, string[]>;
  limit?: number;
}): Recommendation[] {
  const exclude = new Set([input.me, ...input.following]);
  const scores = new Map<string, { score: number; via: number; shared: Set<string> }>();
  const entry = (id: string) => {
    let e = scores.get(id);
    if (!e) scores.set(id, (e = { score: 0, via: 0, shared: new Set() }));
    return e;
  };
  for (const friends of Object.values(input.followingOfFollowing)) {
    for (const id of new Set(friends)) {
      if (exclude.has(id)) continue;
      const e = entry(id);
      e.score += 2;
      e.via += 1;
    }
  }
  const mine = new Set(input.myTags);
  for (const [id, tags] of Object.entries(input.tagsByAuthor)) {
    if (exclude.has(id)) continue;
    const shared = [...new Set(tags)].filter((t) => mine.has(t));
    if (!shared.length) continue;
    const e = entry(id);
    e.score += shared.length;
    shared.forEach((t) => e.shared.add(t));
  }
  return [...scores.entries()]
    .map(([id, e]) => ({ id, score: e.score, reason: reasonFor(e.via, [...e.shared]) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, input.limit ?? 10);
}

function reasonFor(via: number, shared: string[]): string {
  const parts: string[] = [];
  if (via) parts.push(via === 1 ? 'Followed by someone you follow' : `Followed by ${via} people you follow`);
  if (shared.length)
    parts.push(
      `Also posts about ${shared
        .slice(0, 3)
        .map((t) => `#${t}`)
        .join(', ')}`,
    );
  return parts.join(' · ');
}

/** Rooms or courses ranked by tags/words shared with the user's interests, then by activity. */
export function recommendItems(
  interests: string[],
  items: { id: string; keywords: string[]; activity: number }[],
  exclude: string[] = [],
  limit = 5,
): Recommendation[] {
  const mine = new Set(interests);
  const skip = new Set(exclude);
  return items
    .filter((i) => !skip.has(i.id))
    .map((i) => {
      const shared = [...new Set(i.keywords)].filter((k) => mine.has(k));
      return {
        id: i.id,
        score: shared.length * 10 + Math.min(i.activity, 9),
        reason: shared.length
          ? `Matches your interest in ${shared
              .slice(0, 3)
              .map((t) => `#${t}`)
              .join(', ')}`
          : 'Active lately',
      };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
