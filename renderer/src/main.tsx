import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openStore } from './db/database';
import { choosePlatform } from './platform';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const platform = choosePlatform(__APP_VERSION__);

openStore().then(
  (store) =>
    root.render(
      <StrictMode>
        <App store={store} platform={platform} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
