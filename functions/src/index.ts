// Entry point: one export group per capability, deployed as "<group>-<name>".
import { searchUsers } from './admin/searchUsers';
import { setUserRoles } from './admin/setUserRoles';
import { onEventBatchCreated } from './analytics/onEventBatchCreated';
import { runRollupNow } from './analytics/runRollupNow';
import { scheduledRollup } from './analytics/scheduledRollup';
import { onUserCreated } from './auth/onUserCreated';
import { onMessageCreated } from './chat/onMessageCreated';
import { onMessageUpdated } from './chat/onMessageUpdated';
import { health } from './ops/health';
import { sweepStalePresence } from './presence/sweepStalePresence';
import { onSettingsWritten } from './profile/onSettingsWritten';

export const auth = { onUserCreated };
export const profile = { onSettingsWritten };
export const admin = { setUserRoles, searchUsers };
export const chat = { onMessageCreated, onMessageUpdated };
export const presence = { sweepStalePresence };
export const analytics = { onEventBatchCreated, scheduledRollup, runRollupNow };
export const ops = { health };
