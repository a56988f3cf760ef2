import { linkPreviewInputSchema } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { fetchLinkPreview } from './linkPreview';

const MESSAGES = {
  blocked: 'Links to local or private addresses have no preview.',
  unreachable: 'That page could not be reached, so there is no preview.',
  'not-html': 'That link is not a web page, so there is no preview.',
  'no-title': 'That page has no title to preview.',
} as const;

/** social-linkPreview {url} → {title, description, image, siteName, url}, or a clear error. */
export const linkPreview = onCall({ timeoutSeconds: 15 }, async (request) => {
  requireUser(request);
  const { url } = parseInput(linkPreviewInputSchema, request.data);
  const result = await fetchLinkPreview(url, { allowPrivate: process.env.FUNCTIONS_EMULATOR === 'true' });
  if (typeof result === 'string') {
    throw new HttpsError(result === 'blocked' ? 'invalid-argument' : 'unavailable', MESSAGES[result], {
      reason: result,
    });
  }
  return result;
});
