import { useNow } from '../presence/queries';
import { useProfile } from '../profile/queries';
import { useTypingDocs } from './queries';

function Name({ uid }: { uid: string }) {
  const { data } = useProfile(uid);
  return <>{data?.displayName ?? 'Someone'}</>;
}

/** "Bob is typing…": entries expire on their own, whether or not the typist cleans up. */
export function TypingIndicator({ roomId, me }: { roomId: string; me: string }) {
  const { data } = useTypingDocs(roomId, true);
  const now = useNow(1000);
  const typists = (data ?? []).filter((t) => t.uid !== me && t.expiresAt > now).map((t) => t.uid);
  return (
    <div className="typing" aria-live="polite">
      {typists.length === 1 ? (
        <>
          <Name uid={typists[0]!} /> is typing…
        </>
      ) : typists.length > 1 ? (
        `${typists.length} people are typing…`
      ) : null}
    </div>
  );
}
