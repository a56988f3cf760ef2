import type { AppNotification } from './api';

/** One line per notification; `actorName` is the display name of whoever caused it. */
export function describeNotification(n: Pick<AppNotification, 'type'>, actorName: string): string {
  switch (n.type) {
    case 'mention':
      return `${actorName} mentioned you`;
    case 'reply':
      return `${actorName} replied to you`;
    case 'dm':
      return `${actorName} sent you a message`;
    case 'follow':
      return `${actorName} started following you`;
    case 'follow_request':
      return `${actorName} asked to follow you`;
    case 'follow_accepted':
      return `${actorName} accepted your follow request`;
    case 'like':
      return `${actorName} liked your post`;
    case 'comment':
      return `${actorName} commented on your post`;
    case 'comment_reply':
      return `${actorName} replied to your comment`;
    case 'content_flagged':
      return 'Something you wrote is under review';
    case 'content_removed':
      return 'A moderator removed something you wrote';
    case 'certificate_issued':
      return 'You earned a certificate';
    case 'certificate_minted':
      return 'Your certificate was minted as an NFT';
    case 'certificate_mint_failed':
      return 'Minting your certificate failed';
  }
}
