import type { ModerationVerdict } from '@aether/common';

/** OpenAI moderation categories (omni-moderation-latest) → our verdict category and a readable reason. */
const CATEGORY_MAP: Record<string, { category: string; reason: string }> = {
  harassment: { category: 'harassment', reason: 'Contains abusive or insulting language' },
  'harassment/threatening': { category: 'violence', reason: 'Contains threats against someone' },
  hate: { category: 'hate', reason: 'Contains hateful language about a group of people' },
  'hate/threatening': { category: 'hate', reason: 'Contains hateful threats against a group of people' },
  illicit: { category: 'illicit', reason: 'Asks for or gives help with something illegal' },
  'illicit/violent': { category: 'illicit', reason: 'Asks for or gives help with weapons or violent crime' },
  'self-harm': {
    category: 'self-harm',
    reason: 'Mentions self-harm; if you are struggling, please reach out to someone you trust or a local helpline',
  },
  'self-harm/intent': {
    category: 'self-harm',
    reason: 'Mentions self-harm; if you are struggling, please reach out to someone you trust or a local helpline',
  },
  'self-harm/instructions': { category: 'self-harm', reason: 'Gives or asks for instructions for self-harm' },
  sexual: { category: 'sexual', reason: 'Contains sexual content' },
  'sexual/minors': { category: 'sexual/minors', reason: 'Contains sexual content involving minors' },
  violence: { category: 'violence', reason: 'Contains violent content' },
  'violence/graphic': { category: 'violence', reason: 'Contains graphic violence' },
};

export interface OpenAIModerationResult {
  flagged: boolean;
  categories: Record<string, boolean | null | undefined>;
}

/** Turns one OpenAI moderation result into our verdict (unknown categories keep their name). */
export function verdictFromOpenAI(result: OpenAIModerationResult): ModerationVerdict {
  if (!result.flagged) return { flagged: false, categories: [], reason: null, source: 'openai' };
  const hits = Object.entries(result.categories)
    .filter(([, on]) => on === true)
    .map(([name]) => CATEGORY_MAP[name] ?? { category: name, reason: `Flagged as ${name.replace('/', ': ')}` });
  const categories = [...new Set(hits.map((h) => h.category))];
  const reasons = [...new Set(hits.map((h) => h.reason))];
  return {
    flagged: true,
    categories: categories.length ? categories : ['other'],
    reason: reasons.length ? reasons.join('. ') : 'Flagged by automatic moderation',
    source: 'openai',
  };
}
