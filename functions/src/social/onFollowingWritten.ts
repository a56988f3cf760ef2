import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { backfillFeed, pruneFeed } from './fanout';
import { reconcileFollow } from './follows';
import { refreshRecommendations } from './recommendations';
import { eventLog } from '../shared/log';

// Follow / unfollow: mirror + counters (reconciled, exact under redelivery), then the feed catches
// up (the author's recent posts appear, or leave) and the follower's recommendations are refreshed.
export const onFollowingWritten = onDocumentWritten(
  { document: 'users/{uid}/following/{target}', retry: true },
  async (event) => {
    const logger = eventLog('social-onFollowingWritten', event);
    const { uid, target } = event.params;
    const change = await reconcileFollow(db(), uid, target);
    const following = event.data?.after.exists === true;
    const feed = following ? await backfillFeed(db(), uid, target) : await pruneFeed(db(), uid, target);
    try {
      await refreshRecommendations(db(), uid);
    } catch (error) {
      logger.warn('recommendations not refreshed', { uid, error: String(error) });
    }
    logger.debug('follow', { uid, target, change, feed });
  },
);
