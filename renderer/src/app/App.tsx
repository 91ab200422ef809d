import { useEffect } from 'react';
import type { Platform } from '../../../shared/platform';
import type { Store } from '../db/database';
import { StoreProvider } from '../db/store-context';
import { useProfile, useSettings } from '../db/hooks';
import { PlatformProvider } from '../platform';
import { Onboarding } from '../features/onboarding/Onboarding';
import { BackupNotices } from '../features/backup/BackupNotices';
import { Shell } from './Shell';
import { StoreBanner } from './StoreBanner';
import { useTheme } from './use-theme';

export function App({ store, platform }: { store: Store; platform: Platform }) {
  return (
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <Root />
      </PlatformProvider>
    </StoreProvider>
  );
}

function Root() {
  const profile = useProfile();
  const settings = useSettings();
  useTheme(settings?.theme);

  useEffect(() => {
    if (profile === null) document.title = 'Welcome — Ascent';
  }, [profile]);

  if (profile === undefined) {
    return (
      <p className="loading" role="status">
        Opening your records…
      </p>
    );
  }
  return (
    <>
      <StoreBanner />
      <BackupNotices />
      {profile === null ? (
        <Onboarding onDone={() => (window.location.hash = '#/dashboard')} />
      ) : (
        <Shell />
      )}
    </>
  );
}
