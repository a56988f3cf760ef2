import { useProfile } from '../profile/queries';
import { feedApi, useFollowState } from './queries';
import { useToggleQueue } from './useToggleQueue';

/** Follow / Following (unfollow), or for private profiles: Request to follow / Requested (cancel). */
export function FollowButton({ me, other, name }: { me: string; other: string; name: string }) {
  const { data: state } = useFollowState(me, other);
  const isPrivate = useProfile(other).data?.isPrivate === true;
  const server = state ? state.following || state.requested : undefined;
  const { value, toggle, error } = useToggleQueue(server, async (next) => {
    const api = await feedApi();
    if (next) await api.follow(me, other, isPrivate && !state?.following);
    else if (state?.requested) await api.cancelFollowRequest(me, other);
    else await api.unfollow(me, other);
  });
  if (!state) {
    return (
      <button type="button" className="btn btn-outline btn-small" disabled>
        Follow
      </button>
    );
  }
  const label = value
    ? state.requested && !state.following
      ? 'Requested'
      : 'Following'
    : isPrivate
      ? 'Request to follow'
      : 'Follow';
  return (
    <button
      type="button"
      className={`btn btn-small ${value ? 'btn-outline' : 'btn-primary'}`}
      aria-pressed={value}
      aria-label={`${label} ${name}`}
      title={error ? 'That did not work. Try again.' : undefined}
      onClick={toggle}
    >
      {label}
    </button>
  );
}
