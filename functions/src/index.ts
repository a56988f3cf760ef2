// Entry point: one export group per capability, deployed as "<group>-<name>".
import { setUserRoles } from './admin/setUserRoles';
import { onUserCreated } from './auth/onUserCreated';
import { onMessageCreated } from './chat/onMessageCreated';
import { onMessageUpdated } from './chat/onMessageUpdated';
import { sweepStalePresence } from './presence/sweepStalePresence';
import { onSettingsWritten } from './profile/onSettingsWritten';

export const auth = { onUserCreated };
export const profile = { onSettingsWritten };
export const admin = { setUserRoles };
export const chat = { onMessageCreated, onMessageUpdated };
export const presence = { sweepStalePresence };
import { linkWallet } from './nft/linkWallet';
import { metadata } from './nft/metadata';
import { onCertificateWritten } from './nft/onCertificateWritten';
import { requestMint } from './nft/requestMint';
import { requestWalletNonce } from './nft/requestWalletNonce';
import { unlinkWallet } from './nft/unlinkWallet';

export const nft = { requestWalletNonce, linkWallet, unlinkWallet, requestMint, onCertificateWritten, metadata };
