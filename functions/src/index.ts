// Entry point: one export group per capability, deployed as "<group>-<name>".
import { searchUsers } from './admin/searchUsers';
import { setUserRoles } from './admin/setUserRoles';
import { onEventBatchCreated } from './analytics/onEventBatchCreated';
import { runRollupNow } from './analytics/runRollupNow';
import { scheduledRollup } from './analytics/scheduledRollup';
import { onGenerationCreated } from './ai/onGenerationCreated';
import { onUserCreated } from './auth/onUserCreated';
import { onMessageCreated } from './chat/onMessageCreated';
import { onMessageUpdated } from './chat/onMessageUpdated';
import { health } from './ops/health';
import * as learningFunctions from './learning';
import { sweepStalePresence } from './presence/sweepStalePresence';
import { onSettingsWritten } from './profile/onSettingsWritten';
import { report } from './moderation/report';
import { resolve } from './moderation/resolve';
import { answerFollowRequest } from './social/answerFollowRequestCallable';
import { linkPreview } from './social/linkPreviewCallable';
import { onCommentCreated, onCommentDeleted } from './social/onCommentWritten';
import { onCourseWritten } from './social/onCourseWritten';
import { onFollowingWritten } from './social/onFollowingWritten';
import { onFollowRequestCreated } from './social/onFollowRequestCreated';
import { onLikeCreated, onLikeDeleted } from './social/onLikeWritten';
import { onPostCreated } from './social/onPostCreated';
import { onPostDeleted } from './social/onPostDeleted';
import { onPostUpdated } from './social/onPostUpdated';
import { onRoomWritten } from './social/onRoomWritten';
import { onUserWritten } from './social/onUserWritten';
import { refreshRecommendations } from './social/refreshRecommendationsCallable';

export const auth = { onUserCreated };
export const profile = { onSettingsWritten };
export const admin = { setUserRoles, searchUsers };
export const chat = { onMessageCreated, onMessageUpdated };
export const presence = { sweepStalePresence };
export const analytics = { onEventBatchCreated, scheduledRollup, runRollupNow };
export const ops = { health };
// ---- social ----
export const social = {
  onPostCreated,
  onPostUpdated,
  onPostDeleted,
  onLikeCreated,
  onLikeDeleted,
  onCommentCreated,
  onCommentDeleted,
  onFollowingWritten,
  onFollowRequestCreated,
  answerFollowRequest,
  onUserWritten,
  onRoomWritten,
  onCourseWritten,
  linkPreview,
  refreshRecommendations,
};
export const moderation = { report, resolve };
export const ai = { onGenerationCreated };
export const learning = { ...learningFunctions };
import { linkWallet } from './nft/linkWallet';
import { metadata } from './nft/metadata';
import { onCertificateWritten } from './nft/onCertificateWritten';
import { requestMint } from './nft/requestMint';
import { requestWalletNonce } from './nft/requestWalletNonce';
import { unlinkWallet } from './nft/unlinkWallet';

export const nft = { requestWalletNonce, linkWallet, unlinkWallet, requestMint, onCertificateWritten, metadata };
