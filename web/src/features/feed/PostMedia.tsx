import type { LinkPreview, PostImage } from '@aether/common/social/schema';

export function PostImages({ media }: { media: PostImage[] }) {
  if (!media.length) return null;
  return (
    <div className={`post-images post-images-${media.length}`}>
      {media.map((m) => (
        <a key={m.path} href={m.url} target="_blank" rel="noopener noreferrer">
          <img src={m.previewUrl} alt="Attached image" width={m.width} height={m.height} loading="lazy" />
        </a>
      ))}
    </div>
  );
}

export function LinkCard({ link }: { link: LinkPreview }) {
  return (
    <a className="link-card" href={link.url} target="_blank" rel="noopener noreferrer nofollow">
      {link.image ? <img src={link.image} alt="" loading="lazy" /> : null}
      <span className="stack-tight">
        <strong>{link.title}</strong>
        {link.description ? <span className="muted">{link.description}</span> : null}
        <span className="muted small">{link.siteName ?? new URL(link.url).host}</span>
      </span>
    </a>
  );
}
