import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { eventLog } from '../shared/log';
import { connectionFor, parseKeypair } from './chain';
import { cluster, metadataBaseUrl, SOLANA_MINT_AUTHORITY, SOLANA_RPC_URL } from './config';
import { processMint } from './processMint';

// Acts only on certificates in status 'minting' (set by requestMint); its own write-back (minted or
// failed) re-fires it and is ignored. Duplicate deliveries meet the lease; see processMint.
export const onCertificateWritten = onDocumentWritten(
  { document: 'certificates/{certificateId}', secrets: [SOLANA_MINT_AUTHORITY], timeoutSeconds: 300 },
  async (event) => {
    const after = event.data?.after.data();
    if (!after || after.status !== 'minting') return;
    const { certificateId } = event.params;
    const logger = eventLog('nft-onCertificateWritten', event, typeof after.uid === 'string' ? after.uid : undefined);
    const rpcUrl = SOLANA_RPC_URL.value();
    let authority;
    try {
      authority = parseKeypair(SOLANA_MINT_AUTHORITY.value());
    } catch (error) {
      // Configuration problem: record it on the certificate so the user sees why, and retry later.
      logger.error('mint authority unavailable', { error: (error as Error).message });
      await db()
        .doc(`certificates/${certificateId}`)
        .update({ status: 'failed', error: 'Minting is not configured on this server (no mint authority).' });
      return;
    }
    const outcome = await processMint(db(), certificateId, {
      connection: connectionFor(rpcUrl),
      authority,
      cluster: cluster(),
      metadataBaseUrl: metadataBaseUrl(),
      rpcUrl,
    });
    logger.info('certificate mint', { certificateId, outcome });
    if (outcome === 'minted' && typeof after.uid === 'string' && typeof after.courseId === 'string') {
      // Once per certificate: the event id is the certificate's.
      await recordEvent(db(), {
        id: `mint_${certificateId}`,
        name: 'certificate_minted',
        uid: after.uid,
        props: { courseId: after.courseId },
      });
    }
  },
);
