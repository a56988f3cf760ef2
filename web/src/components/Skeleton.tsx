interface SkeletonProps {
  width?: string;
  height?: string;
  radius?: string;
  className?: string;
}

/** A shimmering placeholder; hidden from screen readers, which hear the surrounding aria-busy. */
export function Skeleton({ width = '100%', height = '1rem', radius = '6px', className = '' }: SkeletonProps) {
  return (
    <span className={`skeleton ${className}`} style={{ width, height, borderRadius: radius }} aria-hidden="true" />
  );
}

export function PageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="page" aria-busy="true" aria-label={label}>
      <Skeleton width="40%" height="2rem" />
      <div className="stack">
        <Skeleton height="1rem" />
        <Skeleton height="1rem" width="90%" />
        <Skeleton height="1rem" width="75%" />
      </div>
      <Skeleton height="10rem" radius="12px" />
    </div>
  );
}
