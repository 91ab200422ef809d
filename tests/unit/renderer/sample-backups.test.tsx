/**
 * Settings → Backups while exploring sample data, and the browser's export reminder after
 * onboarding (walkthrough review A1, B15): what the web e2e cannot reach, the desktop's
 * File menu and a desktop platform whose automatic backups are switched off for the sample.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveGoal } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';
import { seedSample } from '../../../renderer/src/features/sample/seed-sample';
import { fakePlatform } from '../../db/backup-fakes';

const SLOW = { timeout: 5000 };
let stores: Store[] = [];
beforeEach(() => {
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});
afterEach(async () => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

/** Desktop or browser; `saved` records every file handed to the platform. */
function platformOf(kind: 'desktop' | 'web') {
  const saved: SaveRequest[] = [];
  let menu: ((c: MenuCommand) => void) | null = null;
  const platform: Platform = {
    ...fakePlatform(null),
    kind,
    saveFile: vi.fn(
      async (req: SaveRequest) => (
        saved.push(req),
        { saved: true as const, fileName: req.suggestedName }
      ),
    ),
    onMenuCommand: (l) => ((menu = l), () => (menu = null)),
  };
  return { platform, saved, emit: (c: MenuCommand) => menu?.(c) };
}

describe('Settings → Backups while exploring sample data (desktop)', () => {
  it('File → Export a backup saves nothing and says why; restore says to leave first, with the way to leave', async () => {
    const store = await openStore(SAMPLE_DATABASE_NAME);
    stores.push(store);
    await seedSample(store, '2026-11-22');
    window.location.hash = '#/dashboard';
    // As at start-up in sample mode: the desktop, with its automatic backups switched off.
    const { platform, saved, emit } = platformOf('desktop');
    render(<App store={store} platform={platform} sample />);
    await screen.findByRole('heading', { name: 'Hello, Sam Rivera' }, SLOW);
    act(() => emit('export-backup'));

    const alert = await screen.findByText(/^No backup was made: you are exploring sample data/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(saved).toEqual([]);
    const section = screen.getByRole('region', { name: 'Backups' });
    expect(section.textContent).toContain(
      'You are exploring sample data: leave it first, then restore your backup.',
    );
    expect(section.textContent).toContain('No automatic backups are made while you explore');
    expect(within(section).queryByRole('button', { name: /Export a complete backup/ })).toBeNull();
    expect(
      within(section).queryByRole('button', { name: /Restore from a backup file/ }),
    ).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Leave sample data…' }));
    const confirm = within(section).getByRole('group', {
      name: 'Remove every sample record and go back to your own?',
    });
    expect(
      await within(confirm).findByText(
        'You have not added or changed anything while exploring.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(within(confirm).getByRole('button', { name: 'Keep exploring' })).toBe(
      document.activeElement,
    );
    // Kept exploring: the keyboard is back on the button that asked.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep exploring' }));
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Leave sample data…' })).toBe(
        document.activeElement,
      ),
    );
  });
});

describe('the browser’s export reminder after onboarding', () => {
  it('waits until the user has a record of their own beyond the profile', async () => {
    const store = await openStore(`reminder-${Math.random()}`);
    stores.push(store);
    const saved = await saveProfile(store, {
      name: 'Ada',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '', tue: '1', wed: '', thu: '', fri: '', sat: '', sun: '' },
    });
    expect(saved.ok).toBe(true);
    window.location.hash = '#/dashboard';
    render(<App store={store} platform={platformOf('web').platform} />);
    await screen.findByRole('heading', { name: 'Hello, Ada' }, SLOW);
    // Give the live queries behind the banners time to answer before looking.
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();

    const goal = {
      title: 'Speak at the chapter',
      kind: 'custom' as const,
      target: {
        type: 'number' as const,
        value: 1,
        unit: 'custom' as const,
        unitLabel: 'talks',
        measure: { source: 'manual' as const, current: 0 },
      },
      startDate: '2026-11-22',
      targetDate: null,
      milestones: [],
      status: 'active' as const,
    };
    expect((await saveGoal(store, goal, '2026-11-22')).ok).toBe(true);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' }, SLOW);
    expect(banner.textContent).toContain('You have not exported a backup yet.');
  });
});
