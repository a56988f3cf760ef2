import type { SettingsEdit, UserSettings } from '@aether/common';
import { useState } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { saveSettings } from './api';

export function PrivacySettingsForm({ uid, settings }: { uid: string; settings: UserSettings }) {
  // Choices show at once; a failed save puts the stored value back.
  const [draft, setDraft] = useState<SettingsEdit>({
    privacy: settings.privacy,
    analyticsConsent: settings.analyticsConsent,
  });

  async function update(change: Partial<SettingsEdit>) {
    const previous = draft;
    const next = { ...draft, ...change };
    setDraft(next);
    try {
      await saveSettings(uid, next);
      toast.success('Settings saved.');
    } catch (error) {
      setDraft(previous);
      toast.error(errorMessage(error, 'Could not save settings.'));
    }
  }

  return (
    <section className="card stack" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p className="muted">
        Signed in as <strong>{settings.email ?? 'an account without email'}</strong>. Only you can see this section.
      </p>
      <fieldset className="stack-tight">
        <legend>Who can see your profile</legend>
        <label className="choice">
          <input
            type="radio"
            name="privacy"
            checked={draft.privacy === 'public'}
            onChange={() => update({ privacy: 'public' })}
          />
          Everyone, including visitors without an account
        </label>
        <label className="choice">
          <input
            type="radio"
            name="privacy"
            checked={draft.privacy === 'private'}
            onChange={() => update({ privacy: 'private' })}
          />
          Only signed-in members, without your bio and stats
        </label>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.analyticsConsent}
          onChange={(e) => update({ analyticsConsent: e.target.checked })}
        />
        Share usage analytics (pages visited and errors, linked only to your account id) to help improve Aether
      </label>
    </section>
  );
}
