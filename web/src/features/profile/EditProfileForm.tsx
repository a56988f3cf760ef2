import { PROFILE_LIMITS, profileEditSchema, type UserProfile } from '@aether/common';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { TextAreaField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { saveProfile } from './api';
import { AvatarUploader } from './AvatarUploader';

type FieldErrors = Partial<Record<'displayName' | 'bio' | 'photoURL', string>>;

export function EditProfileForm({ profile }: { profile: UserProfile }) {
  const [displayName, setDisplayName] = useState(profile.displayName);
  const [bio, setBio] = useState(profile.bio);
  const [photoURL, setPhotoURL] = useState(profile.photoURL);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = profileEditSchema.safeParse({ displayName, bio, photoURL });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof FieldErrors] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setSaving(true);
    // Offline, the write is queued in the local cache; do not leave the button spinning meanwhile.
    const pending = saveProfile(profile.uid, parsed.data);
    if (!navigator.onLine) {
      toast.info('You are offline: your changes will sync when you reconnect.');
      setSaving(false);
      pending.catch((error: unknown) => toast.error(errorMessage(error)));
      return;
    }
    try {
      await pending;
      toast.success('Profile saved.');
    } catch (error) {
      toast.error(errorMessage(error, 'Could not save your profile.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="edit-profile-title" noValidate>
      <h2 id="edit-profile-title">Public profile</h2>
      <AvatarUploader uid={profile.uid} name={displayName} photoURL={photoURL} onUploaded={setPhotoURL} />
      <TextField
        label="Display name"
        value={displayName}
        maxLength={PROFILE_LIMITS.displayNameMax}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
        required
      />
      <TextAreaField
        label="Bio"
        value={bio}
        rows={4}
        maxLength={PROFILE_LIMITS.bioMax}
        onChange={(e) => setBio(e.target.value)}
        error={errors.bio}
        hint={`${bio.length}/${PROFILE_LIMITS.bioMax}`}
      />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
