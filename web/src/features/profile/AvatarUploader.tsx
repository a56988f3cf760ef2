import { useRef, useState, type ChangeEvent } from 'react';
import { toast } from 'sonner';
import { config } from '../../lib/config';
import { errorMessage } from '../../lib/errors';
import { avatarProblem, uploadAvatar } from './api';
import { Avatar } from './Avatar';

interface Props {
  uid: string;
  name: string;
  photoURL: string | null;
  onUploaded: (url: string | null) => void;
}

export function AvatarUploader({ uid, name, photoURL, onUploaded }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = avatarProblem(file);
    if (problem) return toast.error(problem);
    setProgress(0);
    try {
      onUploaded(await uploadAvatar(uid, file, setProgress));
      toast.success('Photo uploaded. Save your profile to keep it.');
    } catch (error) {
      toast.error(errorMessage(error, 'Upload failed.'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="avatar-uploader">
      <Avatar name={name || '?'} photoURL={photoURL} seed={uid} size={72} />
      <div className="stack-tight">
        <div className="row">
          <button
            type="button"
            className="btn btn-outline"
            onClick={() => input.current?.click()}
            disabled={!config.storageEnabled || progress !== null}
          >
            {progress !== null ? `Uploading ${Math.round(progress * 100)}%` : 'Upload photo'}
          </button>
          {photoURL ? (
            <button type="button" className="btn btn-ghost" onClick={() => onUploaded(null)}>
              Remove
            </button>
          ) : null}
        </div>
        {progress !== null ? <progress max={1} value={progress} aria-label="Upload progress" /> : null}
        <p className="field-hint">
          {config.storageEnabled
            ? 'PNG, JPEG, WebP or GIF, up to 2 MB.'
            : 'Photo uploads need Cloud Storage, whose emulator is not available on this machine. Your initials are used instead.'}
        </p>
        <input ref={input} type="file" accept="image/png,image/jpeg,image/webp,image/gif" hidden onChange={choose} />
      </div>
    </div>
  );
}
