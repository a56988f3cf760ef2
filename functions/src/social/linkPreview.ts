import { parseOpenGraph, type LinkPreview } from '@aether/common';
import { isIP } from 'node:net';

const MAX_BYTES = 512 * 1024;

/** Hosts a deployed function must not fetch (SSRF): loopback, private ranges, metadata. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) return true;
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (isIP(host) === 6)
    return host === '::1' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80');
  return false;
}

export type PreviewFailure = 'blocked' | 'unreachable' | 'not-html' | 'no-title';

/**
 * Fetches a page (5 s, 512 KB, HTML only) and reads its Open Graph tags. Local addresses are
 * refused unless `allowPrivate` (the emulator, where tests serve pages from 127.0.0.1).
 */
export async function fetchLinkPreview(
  url: string,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<LinkPreview | PreviewFailure> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unreachable';
  }
  if (!options.allowPrivate && isPrivateHost(parsed.hostname)) return 'blocked';
  let response: Response;
  try {
    response = await fetch(parsed, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      headers: { accept: 'text/html', 'user-agent': 'AetherLinkPreview/1.0' },
      redirect: 'follow',
    });
  } catch {
    return 'unreachable';
  }
  if (!response.ok) return 'unreachable';
  if (!(response.headers.get('content-type') ?? '').includes('html')) return 'not-html';
  const reader = response.body?.getReader();
  if (!reader) return 'unreachable';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  const html = Buffer.concat(chunks).toString('utf8');
  return parseOpenGraph(html, parsed.toString()) ?? 'no-title';
}
