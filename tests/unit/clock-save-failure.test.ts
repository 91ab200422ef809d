// @vitest-environment jsdom
/**
 * Settings → Time format: a clock that could not be saved says so, with what to do, and the
 * choice goes back to the stored one, as the theme does (theme-save-failure.test.ts).
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
import { ClockSetting } from '../../renderer/src/features/settings/ClockSetting';
import { freshName } from '../db/helpers';

vi.mock('../../renderer/src/db/repositories/settings', async (original) => ({
  ...(await original<typeof import('../../renderer/src/db/repositories/settings')>()),
  setClock: () => Promise.reject(new Error('the settings could not be written')),
}));

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('clock-save-failure'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

it('says the clock was not saved and to try again, and shows the stored choice', async () => {
  render(
    createElement(StoreProvider, {
      store,
      children: createElement(ClockSetting, { value: '24h' }),
    }),
  );
  const clock = screen.getByLabelText<HTMLSelectElement>('Clock');
  fireEvent.change(clock, { target: { value: '12h' } });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    'The clock was not saved (the settings could not be written). Try again.',
  );
  await waitFor(() => expect(clock.value).toBe('24h'));
});
