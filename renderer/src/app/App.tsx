import { useEffect } from 'react';
import type { Platform } from '../../../shared/platform';
import type { Store } from '../db/database';
import { StoreProvider } from '../db/store-context';
import { useProfile, useSettings } from '../db/hooks';
import { PlatformProvider } from '../platform';
import { FirstDay } from '../features/onboarding/FirstDay';
import { enterSampleMode } from '../features/sample/sample-mode';
import { BackupNotices } from '../features/backup/BackupNotices';
import { Shell } from './Shell';
import { SkipLink } from './SkipLink';
import { StoreBanner } from './StoreBanner';
import { SampleBanner } from '../features/sample/SampleBanner';
import { SampleLeftBehind } from '../features/sample/SampleLeftBehind';
import { useTheme } from './use-theme';

interface AppProps {
  store: Store;
  platform: Platform;
  /** Sample-data mode: a banner on every screen says so and offers to remove it. */
  sample?: boolean;
}

export function App({ store, platform, sample = false }: AppProps) {
  return (
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <Root sample={sample} />
      </PlatformProvider>
    </StoreProvider>
  );
}

function Root({ sample }: { sample: boolean }) {
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
      {/* First of all, so that the first Tab passes the banners below and the sidebar at once. */}
      <SkipLink />
      <StoreBanner />
      {/* Back on the own records after a leave that could not remove the sample: says so. */}
      {sample ? <SampleBanner /> : <SampleLeftBehind />}
      {/* Sample data needs no export reminders: it is removed in one click. */}
      {!sample && <BackupNotices />}
      {/* The welcome, then the first steps (until finished or skipped, also after a reload). */}
      <FirstDay profile={profile} onExploreSample={enterSampleMode}>
        <Shell />
      </FirstDay>
    </>
  );
}
