import { feedApi, useMyLike } from './queries';
import { useToggleQueue } from './useToggleQueue';

/** Like toggle with the live count (kept by functions); the own like shows at once. */
export function LikeButton({ postId, uid, count }: { postId: string; uid: string; count: number }) {
  const { data: liked } = useMyLike(postId, uid);
  const { value, toggle, error } = useToggleQueue(liked, (next) =>
    feedApi().then((m) => m.setLiked(postId, uid, next)),
  );
  // The server count lags the optimistic state by one trigger run; show the user's own change at once.
  const shown = Math.max(0, count + (liked === undefined ? 0 : Number(value) - Number(liked)));
  return (
    <button
      type="button"
      className={`btn btn-ghost btn-small like-button${value ? ' liked' : ''}`}
      aria-pressed={value}
      aria-label={value ? 'Unlike' : 'Like'}
      title={error ? 'That did not save. Try again.' : undefined}
      onClick={toggle}
    >
      <span aria-hidden="true">{value ? '♥' : '♡'}</span> <span data-testid="like-count">{shown}</span>
    </button>
  );
}
