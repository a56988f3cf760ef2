import { certificateSvg, offChainMetadata, type CertificateStatus, type CertificateVerification } from '@aether/common';
import { onRequest } from 'firebase-functions/v2/https';
import { createLog, traceIdOf } from '../shared/log';
import { db } from '../shared/firebase';
import { certificateFacts } from './certificateFacts';
import { connectionFor } from './chain';
import { appBaseUrl, cluster, metadataBaseUrl, SOLANA_RPC_URL } from './config';
import { readCertificateChain } from './readCertificateChain';

/**
 * Public, read-only endpoint for certificate NFTs (also reachable through the Hosting rewrite /nft/**):
 *   GET /{certificateId}            off-chain metadata JSON (the token's `uri`)
 *   GET /{certificateId}/image.svg  the certificate image
 *   GET /{certificateId}/verify     what the chain says, compared with the certificate
 */
export const metadata = onRequest({ cors: true }, async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.status(405).set('Allow', 'GET, HEAD').json({ error: 'Use GET.' });
    return;
  }
  const parts = req.path
    .replace(/^\/nft\//, '/')
    .split('/')
    .filter(Boolean);
  const [rawId, resource = ''] = parts;
  const certificateId = (rawId ?? '').replace(/\.json$/, '');
  if (!certificateId || parts.length > 2 || !['', 'image.svg', 'verify'].includes(resource)) {
    res
      .status(404)
      .json({ error: 'Not found. Use /{certificateId}, /{certificateId}/image.svg or /{certificateId}/verify.' });
    return;
  }
  const snap = await db().doc(`certificates/${certificateId}`).get();
  if (!snap.exists) {
    res.status(404).set('Cache-Control', 'public, max-age=60').json({ error: 'No such certificate.' });
    return;
  }
  const data = snap.data()!;
  const facts = certificateFacts(certificateId, data);
  const base = metadataBaseUrl();

  if (resource === 'image.svg') {
    // Facts never change once issued: cache for a day at the edge, an hour in browsers.
    res.set('Cache-Control', 'public, max-age=3600, s-maxage=86400').type('image/svg+xml').send(certificateSvg(facts));
    return;
  }
  if (resource === '') {
    const body = offChainMetadata(facts, {
      image: `${base}/${certificateId}/image.svg`,
      page: `${appBaseUrl()}/certificates/${certificateId}`,
    });
    res.set('Cache-Control', 'public, max-age=3600, s-maxage=86400').json(body);
    return;
  }

  const status = data.status as CertificateStatus;
  const rpcUrl = SOLANA_RPC_URL.value();
  const answer: CertificateVerification = {
    certificateId,
    status,
    courseTitle: facts.courseTitle,
    recipientName: facts.recipientName,
    score: facts.score,
    date: facts.date,
    cluster: cluster(),
    chain: null,
  };
  if (typeof data.mint === 'string' && data.mint) {
    try {
      answer.chain = await readCertificateChain(connectionFor(rpcUrl), {
        mint: data.mint,
        walletAddress: data.walletAddress ?? null,
        signature: data.signature ?? null,
        metadataUri: data.metadataUri ?? null,
        facts,
        cluster: cluster(),
        rpcUrl,
      });
    } catch (error) {
      createLog({ fn: 'nft-metadata', traceId: traceIdOf(req.header('x-cloud-trace-context')) }).warn(
        'chain read failed',
        { certificateId, error: (error as Error).message },
      );
      res
        .status(502)
        .set('Cache-Control', 'no-store')
        .json({ error: 'The Solana cluster could not be reached. Try again.' });
      return;
    }
  }
  // Chain state is final once minted; keep it short anyway so a fresh mint shows up quickly.
  res.set('Cache-Control', 'public, max-age=30, s-maxage=60').json(answer);
});
