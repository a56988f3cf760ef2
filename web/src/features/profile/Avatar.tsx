const PALETTE = ['#5b4bdb', '#0f9d8a', '#d9480f', '#c2255c', '#1971c2', '#5c940d', '#e67700'];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

function colorFor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? '#5b4bdb';
}

/** A photo when there is one, else initials on a colour derived from the uid. */
export function Avatar({
  name,
  photoURL,
  seed,
  size = 40,
}: {
  name: string;
  photoURL: string | null;
  seed: string;
  size?: number;
}) {
  const style = { width: size, height: size, fontSize: size * 0.4 };
  if (photoURL) return <img className="avatar" src={photoURL} alt="" style={style} />;
  return (
    <span className="avatar avatar-initials" style={{ ...style, background: colorFor(seed) }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
