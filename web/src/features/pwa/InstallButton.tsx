import { useInstallPrompt } from './useInstallPrompt';

export function InstallButton() {
  const { canInstall, install } = useInstallPrompt();
  if (!canInstall) return null;
  return (
    <button type="button" className="btn btn-outline btn-small" onClick={install}>
      Install app
    </button>
  );
}
