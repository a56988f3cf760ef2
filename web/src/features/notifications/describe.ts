import type { AppNotification } from './api';

export function describeNotification(n: Pick<AppNotification, 'type'>, actorName: string): string {
  switch (n.type) {
    case 'mention':
      return `${actorName} mentioned you`;
    case 'reply':
      return `${actorName} replied to you`;
    case 'dm':
      return `${actorName} sent you a message`;
  }
}
