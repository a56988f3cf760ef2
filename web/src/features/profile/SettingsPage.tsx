import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { PageSkeleton } from '../../components/Skeleton';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { signOut } from '../auth/api';
import { useSession } from '../auth/authStore';
import { WalletLinkCard } from '../nft/WalletLinkCard';
import { EditProfileForm } from './EditProfileForm';
import { PrivacySettingsForm } from './PrivacySettingsForm';
import { useProfile, useSettings } from './queries';

export default function SettingsPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const profile = useProfile(user?.uid);
  const settings = useSettings(user?.uid);

  if (!user || profile.isPending) return <PageSkeleton label="Loading your settings" />;
  if (profile.error) return <p className="form-error">{errorMessage(profile.error)}</p>;

  async function leave() {
    try {
      await signOut();
      navigate('/signin');
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      {profile.data ? (
        <EditProfileForm key={profile.data.uid} profile={profile.data} />
      ) : (
        <p className="card" role="status">
          <Spinner /> Setting up your profile…
        </p>
      )}
      {settings.data ? <PrivacySettingsForm uid={user.uid} settings={settings.data} /> : null}
      <WalletLinkCard uid={user.uid} />
      <section className="card stack" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <div className="row">
          <button type="button" className="btn btn-outline" onClick={leave}>
            Sign out
          </button>
        </div>
      </section>
    </div>
  );
}
