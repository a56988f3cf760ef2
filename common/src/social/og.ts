import type { LinkPreview } from './schema';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .trim();

function meta(html: string, names: string[]): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (!key || !names.includes(key)) continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decode(content);
  }
  return null;
}

/** Resolves an image URL against the page URL; only http(s) results are kept. */
function absolute(src: string | null, page: string): string | null {
  if (!src) return null;
  const origin = /^(https?:)\/\/[^/?#]+/i.exec(page);
  let out = src;
  if (/^\/\//.test(src)) out = `${origin?.[1] ?? 'https:'}${src}`;
  else if (src.startsWith('/')) out = `${origin?.[0] ?? ''}${src}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(src)) out = `${page.replace(/[?#].*$/, '').replace(/\/[^/]*$/, '')}/${src}`;
  return /^https?:\/\/.+/i.test(out) ? out : null;
}

/** Open Graph (then Twitter card, then <title>) fields of an HTML page; null when it has no title. */
export function parseOpenGraph(html: string, url: string): LinkPreview | null {
  const title =
    meta(html, ['og:title', 'twitter:title']) ?? decode(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '');
  if (!title) return null;
  const image = absolute(meta(html, ['og:image', 'twitter:image']), url);
  return {
    url,
    title: title.slice(0, 200),
    description: (meta(html, ['og:description', 'twitter:description', 'description']) ?? '').slice(0, 300),
    image,
    siteName: meta(html, ['og:site_name']),
  };
}
