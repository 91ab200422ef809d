import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localDateOf } from '../../shared/dates';
import { openStore, type Store } from './db/database';
import { getProfile } from './db/repositories/profile';
import { databaseName, isSampleMode } from './features/sample/sample-mode';
import { seedSample } from './features/sample/seed-sample';
import { choosePlatform } from './platform';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const sample = isSampleMode();
const chosen = choosePlatform(__APP_VERSION__);
// Sample data is never written into the user's automatic backups.
const platform = sample ? { ...chosen, backups: null } : chosen;

/** The user's database; in sample mode the separate sample one, filled on first open. */
async function open(): Promise<Store> {
  const store = await openStore(databaseName());
  if (sample && store.mode === 'read-write' && !(await getProfile(store))) {
    await seedSample(store, localDateOf(new Date()));
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
