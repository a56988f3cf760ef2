import { lastSeenLabel } from '@aether/common';
import { usePresence } from './queries';

const LABEL = { online: 'Online', away: 'Away', offline: 'Offline' } as const;

/** A coloured dot with a text equivalent for screen readers (and a tooltip for everyone). */
export function PresenceDot({ uid, withLabel = false }: { uid: string; withLabel?: boolean }) {
  const { state, lastSeen, now } = usePresence(uid);
  const detail = state === 'offline' && lastSeen ? `Offline, last seen ${lastSeenLabel(lastSeen, now)}` : LABEL[state];
  return (
    <span className="presence" data-state={state} title={detail}>
      <span className={`presence-dot presence-${state}`} aria-hidden="true" />
      {withLabel ? <span className="presence-label">{detail}</span> : <span className="visually-hidden">{detail}</span>}
    </span>
  );
}
