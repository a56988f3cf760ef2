// Entry point: one export group per capability, deployed as "<group>-<name>".
import { setUserRoles } from './admin/setUserRoles';
import { onUserCreated } from './auth/onUserCreated';
import { onMessageCreated } from './chat/onMessageCreated';
import { onMessageUpdated } from './chat/onMessageUpdated';
import * as learningFunctions from './learning';
import { sweepStalePresence } from './presence/sweepStalePresence';
import { onSettingsWritten } from './profile/onSettingsWritten';

export const auth = { onUserCreated };
export const profile = { onSettingsWritten };
export const admin = { setUserRoles };
export const chat = { onMessageCreated, onMessageUpdated };
export const presence = { sweepStalePresence };
export const learning = { ...learningFunctions };
