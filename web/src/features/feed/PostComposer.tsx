import { SOCIAL_LIMITS } from '@aether/common/social/limits';
import { firstUrl, parseTags, type LinkPreview } from '@aether/common/social/schema';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { toast } from 'sonner';
import { config } from '../../lib/config';
import { errorMessage } from '../../lib/errors';
import { useProfile } from '../profile/queries';
import { LinkCard } from './PostMedia';
import { feedApi } from './queries';
import { imageProblem, resizeImage, type ResizedImage } from './resizeImage';

/** Text, tags, up to four images (resized in the browser) and a link preview fetched by a callable. */
export function PostComposer({ uid }: { uid: string }) {
  const { data: profile } = useProfile(uid);
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [images, setImages] = useState<ResizedImage[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [dropPreview, setDropPreview] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const url = firstUrl(text);
  const preview = useQuery<LinkPreview>({
    queryKey: ['feed', 'linkPreview', url],
    queryFn: () => feedApi().then((m) => m.fetchLinkPreview(url!)),
    enabled: Boolean(url) && url !== dropPreview,
    staleTime: Infinity,
    retry: false,
  });
  const link = url && url !== dropPreview && preview.data ? preview.data : null;

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const room = SOCIAL_LIMITS.imagesMax - images.length;
    if (files.length > room) toast.error(`Up to ${SOCIAL_LIMITS.imagesMax} images per post.`);
    for (const file of files.slice(0, room)) {
      const problem = imageProblem(file);
      if (problem) {
        toast.error(problem);
        continue;
      }
      try {
        const resized = await resizeImage(file);
        setImages((list) => [...list, resized].slice(0, SOCIAL_LIMITS.imagesMax));
      } catch (error) {
        toast.error(errorMessage(error, `${file.name} could not be read.`));
      }
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      const api = await feedApi();
      const postId = api.newPostId();
      let media: Awaited<ReturnType<typeof api.uploadPostImages>> = [];
      if (images.length) {
        setProgress(0);
        media = await api.uploadPostImages(uid, postId, images, setProgress);
      }
      await api.createPost(postId, uid, {
        text: text.trim(),
        tags: parseTags(tags),
        media,
        link,
        isPrivate: profile?.isPrivate === true,
      });
      images.forEach((i) => URL.revokeObjectURL(i.localUrl));
      setText('');
      setTags('');
      setImages([]);
      setDropPreview(null);
      toast.success('Posted');
    } catch (error) {
      toast.error(errorMessage(error, 'Your post could not be published.'));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <form className="card composer post-composer stack-tight" onSubmit={submit} aria-label="New post">
      <label htmlFor="post-text" className="visually-hidden">
        What’s on your mind?
      </label>
      <textarea
        id="post-text"
        placeholder="What’s on your mind?"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={SOCIAL_LIMITS.postMax}
        rows={3}
      />
      <div className="row composer-row">
        <label htmlFor="post-tags" className="visually-hidden">
          Tags
        </label>
        <input
          id="post-tags"
          placeholder="Tags, e.g. physics space"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          aria-describedby="post-tags-hint"
        />
        <span id="post-tags-hint" className="visually-hidden">
          Up to five tags, separated by spaces or commas
        </span>
      </div>
      {url && url !== dropPreview ? (
        <div className="link-preview-slot" aria-live="polite">
          {preview.isPending ? (
            <p className="muted small">Fetching a preview of {url}…</p>
          ) : link ? (
            <div className="stack-tight">
              <LinkCard link={link} />
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setDropPreview(url)}>
                Remove preview
              </button>
            </div>
          ) : (
            <p className="muted small">
              No preview: {preview.error ? errorMessageForPreview(preview.error) : 'none available'}. The link still
              works in your post.
            </p>
          )}
        </div>
      ) : null}
      {images.length ? (
        <ul className="composer-images" aria-label="Attached images">
          {images.map((img, i) => (
            <li key={img.localUrl}>
              <img src={img.localUrl} alt={`Attachment ${i + 1}`} />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove image ${i + 1}`}
                onClick={() => setImages((list) => list.filter((x) => x !== img))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {progress !== null ? <progress max={1} value={progress} aria-label="Upload progress" /> : null}
      <div className="row composer-row">
        <input
          ref={fileInput}
          type="file"
          accept={SOCIAL_LIMITS.imageContentTypes.join(',')}
          multiple
          hidden
          onChange={pick}
          aria-label="Attach images"
        />
        <button
          type="button"
          className="btn btn-outline btn-small"
          onClick={() => fileInput.current?.click()}
          disabled={!config.storageEnabled || images.length >= SOCIAL_LIMITS.imagesMax || busy}
        >
          Add images
        </button>
        {!config.storageEnabled ? (
          <span className="field-hint">Images need Cloud Storage, which is not available here.</span>
        ) : null}
        <span className="muted small">{profile?.isPrivate ? 'Visible to your followers' : 'Public'}</span>
        <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()}>
          {busy ? (progress !== null ? `Uploading ${Math.round(progress * 100)}%` : 'Posting…') : 'Post'}
        </button>
      </div>
    </form>
  );
}

function errorMessageForPreview(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  return message && !message.startsWith('Firebase') && message !== 'internal'
    ? message.replace(/\.$/, '')
    : 'the page could not be reached';
}
