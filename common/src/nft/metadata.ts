/**
 * What a certificate NFT says about itself: the on-chain token metadata (name, symbol, uri and the
 * additional fields course/date/score) and the off-chain JSON served by the metadata endpoint
 * (Metaplex-style: name, symbol, description, image, external_url, attributes). Pure, shared by the
 * mint trigger, the endpoint and the verification page.
 */
export const NFT_SYMBOL = 'AETHER';
/** Token-2022 metadata has no hard limit, but wallets truncate; keep names short like Metaplex's 32. */
export const NFT_NAME_MAX = 32;

export interface CertificateFacts {
  certificateId: string;
  courseId: string;
  courseTitle: string;
  recipientName: string;
  score: number;
  /** ISO date (YYYY-MM-DD) the certificate was issued. */
  date: string;
}

export function nftName(courseTitle: string): string {
  const name = `Aether: ${courseTitle.trim()}`;
  return name.length <= NFT_NAME_MAX ? name : `${name.slice(0, NFT_NAME_MAX - 1)}…`;
}

/** The additional on-chain fields, in a fixed order. */
export function onChainFields(facts: CertificateFacts): [string, string][] {
  return [
    ['course', facts.courseId],
    ['date', facts.date],
    ['score', String(Math.round(facts.score))],
  ];
}

export interface OffChainMetadata {
  name: string;
  symbol: string;
  description: string;
  image: string;
  external_url: string;
  attributes: { trait_type: string; value: string | number }[];
  properties: { category: 'image'; files: { uri: string; type: 'image/svg+xml' }[] };
}

export function offChainMetadata(facts: CertificateFacts, urls: { image: string; page: string }): OffChainMetadata {
  return {
    name: nftName(facts.courseTitle),
    symbol: NFT_SYMBOL,
    description: `${facts.recipientName} completed "${facts.courseTitle}" on Aether with a score of ${Math.round(
      facts.score,
    )}%. Non-transferable certificate.`,
    image: urls.image,
    external_url: urls.page,
    attributes: [
      { trait_type: 'Course', value: facts.courseTitle },
      { trait_type: 'Course ID', value: facts.courseId },
      { trait_type: 'Recipient', value: facts.recipientName },
      { trait_type: 'Score', value: Math.round(facts.score) },
      { trait_type: 'Date', value: facts.date },
    ],
    properties: { category: 'image', files: [{ uri: urls.image, type: 'image/svg+xml' }] },
  };
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The certificate image: a self-contained SVG (no external fonts or images). */
export function certificateSvg(facts: CertificateFacts): string {
  const t = (s: string, max: number) => escapeXml(fit(s, max));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 560" width="800" height="560" role="img" aria-label="Aether certificate for ${t(facts.recipientName, 60)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e1b4b"/><stop offset="1" stop-color="#0f766e"/></linearGradient></defs>
<rect width="800" height="560" rx="24" fill="url(#g)"/>
<rect x="24" y="24" width="752" height="512" rx="16" fill="none" stroke="#fbbf24" stroke-width="3"/>
<text x="400" y="110" text-anchor="middle" font-family="Georgia, serif" font-size="40" fill="#fbbf24">Certificate of Completion</text>
<text x="400" y="180" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="20" fill="#e2e8f0">This certifies that</text>
<text x="400" y="240" text-anchor="middle" font-family="Georgia, serif" font-size="44" fill="#ffffff">${t(facts.recipientName, 32)}</text>
<text x="400" y="300" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="20" fill="#e2e8f0">completed the course</text>
<text x="400" y="350" text-anchor="middle" font-family="Georgia, serif" font-size="32" fill="#ffffff">${t(facts.courseTitle, 40)}</text>
<text x="400" y="420" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="22" fill="#fbbf24">Score ${Math.round(facts.score)}% · ${t(facts.date, 10)}</text>
<text x="400" y="500" text-anchor="middle" font-family="monospace" font-size="14" fill="#94a3b8">Aether · ${t(facts.certificateId, 70)}</text>
</svg>`;
}
