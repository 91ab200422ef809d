import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('tmp-dashboard-crash'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('fixture');
});
/** Puts number formatting back (also after a failed test: later files share the window). */
let mend = () => {};
afterEach(async () => {
  mend();
  cleanup();
  await store.db.delete();
});

/**
 * Makes the dashboard crash while drawing: its study-time card formats a number, which
 * nothing else on the page does (the shell, the sidebar, the recovery screen).
 */
function breakNumbers() {
  const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
  Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
    ...format,
    get: () => () => {
      throw new Error('numbers broke');
    },
  });
  return () => Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
}

describe('a crash on the dashboard itself', { timeout: 30_000 }, () => {
  it('"Back to the dashboard" draws the dashboard again, with focus on its heading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mend = breakNumbers();
    window.location.hash = '#/dashboard';
    render(<App store={store} platform={fakePlatform(null)} />);
    await screen.findByRole('heading', { name: 'This screen ran into a problem' }, SLOW);

    mend();
    const home = screen.getByRole('button', { name: 'Back to the dashboard' });
    home.focus();
    fireEvent.click(home);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hello, Ana' }, SLOW);
    expect(screen.queryByRole('heading', { name: 'This screen ran into a problem' })).toBeNull();
    // The focus moves once the dashboard is drawn (real timers; slower on a loaded machine).
    await waitFor(() => expect(document.activeElement).toBe(heading), SLOW);
    expect(document.activeElement).toBe(heading);
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('also when the app opened without an address (no #/dashboard in it)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mend = breakNumbers();
    render(<App store={store} platform={fakePlatform(null)} />);
    await screen.findByRole('heading', { name: 'This screen ran into a problem' }, SLOW);
    mend();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the dashboard' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Ana' }, SLOW),
    ).not.toBeNull();
  });
});
