// @vitest-environment jsdom
/**
 * Settings → Theme: a save that fails for a reason other than storage says so as the app's
 * other failed saves do, with what to do, and the choice goes back to the stored one. It
 * showed the raw error ("Error: …") and nothing more.
 *
 * Here, not among the renderer tests: it replaces a module (vi.mock), which needs a module graph
 * of its own; the renderer project shares one between its files (vitest.config.ts).
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { StoreProvider } from '../../renderer/src/db/store-context';
import { ThemeSetting } from '../../renderer/src/features/settings/ThemeSetting';
import { freshName } from '../db/helpers';

vi.mock('../../renderer/src/db/repositories/settings', async (original) => ({
  ...(await original<typeof import('../../renderer/src/db/repositories/settings')>()),
  setTheme: () => Promise.reject(new Error('the settings could not be written')),
}));

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('theme-save-failure'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

it('says the theme was not saved and to try again, and shows the stored choice', async () => {
  render(
    createElement(StoreProvider, {
      store,
      children: createElement(ThemeSetting, { value: 'system' }),
    }),
  );
  fireEvent.click(screen.getByLabelText('Dark'));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    'The theme was not saved (the settings could not be written). Try again.',
  );
  await waitFor(() =>
    expect(screen.getByLabelText<HTMLInputElement>('Follow the system').checked).toBe(true),
  );
});
