import type { UserSettings } from '@aether/common';
import { useState } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { saveSettings } from './api';

export function PrivacySettingsForm({ uid, settings }: { uid: string; settings: UserSettings }) {
  const [saving, setSaving] = useState(false);

  async function update(change: Partial<Pick<UserSettings, 'privacy' | 'analyticsConsent'>>) {
    setSaving(true);
    try {
      await saveSettings(uid, {
        privacy: change.privacy ?? settings.privacy,
        analyticsConsent: change.analyticsConsent ?? settings.analyticsConsent,
      });
      toast.success('Settings saved.');
    } catch (error) {
      toast.error(errorMessage(error, 'Could not save settings.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p className="muted">
        Signed in as <strong>{settings.email ?? 'an account without email'}</strong>. Only you can see this section.
      </p>
      <fieldset className="stack-tight" disabled={saving}>
        <legend>Who can see your profile</legend>
        <label className="choice">
          <input type="radio" name="privacy" checked={settings.privacy === 'public'} onChange={() => update({ privacy: 'public' })} />
          Everyone, including visitors without an account
        </label>
        <label className="choice">
          <input type="radio" name="privacy" checked={settings.privacy === 'private'} onChange={() => update({ privacy: 'private' })} />
          Only signed-in members, without your bio and stats
        </label>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.analyticsConsent}
          disabled={saving}
          onChange={(e) => update({ analyticsConsent: e.target.checked })}
        />
        Share anonymous usage analytics to help improve Aether
      </label>
    </section>
  );
}
