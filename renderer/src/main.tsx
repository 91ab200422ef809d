import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localDateOf } from '../../shared/dates';
import type { UpgradeBackupFailure } from './db/backup';
import type { Store } from './db/database';
import {
  databaseName,
  forgetSampleLeftBehind,
  isSampleMode,
  sampleLeftBehind,
} from './features/sample/sample-mode';
import { fillSample } from './features/sample/fill-sample';
import { openStoreWithBackup, type UpgradeChoice } from './features/backup/open-with-backup';
import { UpgradeBackupFailed } from './features/backup/UpgradeBackupFailed';
import { choosePlatform } from './platform';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const sample = isSampleMode();
const chosen = choosePlatform(__APP_VERSION__);
// Sample data is never written into the user's automatic backups.
const platform = sample ? { ...chosen, backups: null } : chosen;

let attempt = 0;
/** The backup before a schema update failed: nothing is updated until the user chooses. */
function askAfterFailure(failure: UpgradeBackupFailure): Promise<UpgradeChoice> {
  attempt += 1;
  return new Promise((resolve) =>
    root.render(
      <StrictMode>
        <UpgradeBackupFailed
          key={attempt}
          failure={failure}
          attempt={attempt}
          platform={platform}
          onChoose={resolve}
        />
      </StrictMode>,
    ),
  );
}

/**
 * The user's database; in sample mode the separate sample one, filled unless it holds the
 * whole sample already (fillSample). On the desktop an older database is backed up as it is
 * before it is updated.
 */
async function open(): Promise<Store> {
  const store = await openStoreWithBackup(databaseName(), platform, askAfterFailure);
  if (sample && store.mode === 'read-write') {
    await fillSample(store, localDateOf(new Date()), sampleLeftBehind());
    forgetSampleLeftBehind();
  }
  return store;
}

open().then(
  (store) =>
    root.render(
      <StrictMode>
        <App store={store} platform={platform} sample={sample} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
