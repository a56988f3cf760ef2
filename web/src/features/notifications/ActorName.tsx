import type { ReactNode } from 'react';
import { useProfile } from '../profile/queries';

/** Renders with the display name of a user once their profile is loaded. */
export function ActorName({ uid, children }: { uid: string; children: (name: string) => ReactNode }) {
  const { data } = useProfile(uid);
  return <strong>{children(data?.displayName ?? '…')}</strong>;
}
