// Data written by a newer Ascent opens read-only: every write would be refused, so nothing
// can be typed or clicked that would have to be thrown away. Forms still open, to be read;
// their fields and Save are switched off and say why. Moving around, searching and exporting
// a backup work as usual. The database here really is a newer one: ours, with its version
// raised and a table this version does not know, as a newer Ascent would leave it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { getStoreStatus, setStoreStatus } from '../../../renderer/src/db/status';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const WHY_FORM = 'changes are switched off: your data was saved by a newer version of Ascent';
const WHY_BANNER = 'Your data was saved by a newer version of Ascent.';

/** Our database as a newer Ascent leaves it: a higher version and a table we do not know. */
function raiseVersion(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, (LATEST_SCHEMA_VERSION + 1) * 10);
    req.onupgradeneeded = () => req.result.createObjectStore('futureThings');
    req.onsuccess = () => (req.result.close(), resolve());
    req.onerror = () => reject(req.error);
  });
}

let store: Store;
beforeEach(async () => {
  window.location.hash = '';
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  const name = freshName('read-only-ui');
  const writable = await openStore(name);
  await saveProfile(writable, {
    name: 'Dana Okafor',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
  const goal: GoalRow = {
    id: 'books',
    title: 'Read twelve PM books',
    kind: 'custom',
    target: {
      type: 'number',
      value: 12,
      unit: 'custom',
      unitLabel: 'books',
      measure: { source: 'manual', current: 3 },
    },
    startDate: '2026-01-01',
    targetDate: '2026-11-30',
    milestones: [],
    status: 'active',
    ...stamps,
  };
  await writable.db.table('goals').put(goal);
  writable.db.close();
  await raiseVersion(name);
  store = await openStore(name);
});
afterEach(() => {
  cleanup();
  store?.db.close();
  setStoreStatus({ kind: 'ready' });
});

/** Whether a control is switched off, by its own attribute or a disabled fieldset around it. */
const isOff = (el: HTMLElement) => el.matches(':disabled');

/** The words a screen reader gives as a control's description (aria-describedby). */
function description(el: HTMLElement): string {
  const ids = el.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function show(hash: string, platform: Platform = fakePlatform(null)) {
  window.location.hash = hash;
  render(<App store={store} platform={platform} />);
}

describe('data written by a newer Ascent', () => {
  it('opens read-only', () => {
    expect(store.mode).toBe('read-only');
    expect(getStoreStatus().kind).toBe('newer-version');
  });

  it('opens a goal’s form to be read: its fields and Save are switched off and say why; Cancel closes it', async () => {
    show('#/goals');
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    expect(screen.getByRole('alert').textContent).toContain('Read-only.');

    const add = screen.getByRole('button', { name: 'Add a goal' });
    expect(isOff(add)).toBe(true);
    expect(description(add)).toContain(WHY_BANNER);
    const remove = within(card).getByRole('button', { name: /^Delete/ });
    expect(isOff(remove)).toBe(true);
    expect(description(remove)).toContain(WHY_BANNER);

    // Edit still opens the form: the goal can be read in full there.
    const edit = within(card).getByRole('button', { name: /^Edit/ });
    expect(isOff(edit)).toBe(false);
    fireEvent.click(edit);
    const form = screen.getByRole('form', { name: 'Edit goal' });
    expect(form.textContent).toContain(`You can read this, but ${WHY_FORM}`);
    expect(description(form)).toContain(WHY_FORM);

    const title = within(form).getByLabelText('Goal');
    expect(title).toHaveProperty('value', 'Read twelve PM books');
    expect(isOff(title)).toBe(true);
    expect(isOff(within(form).getByLabelText('Why this matters (optional)'))).toBe(true);
    expect(isOff(within(form).getByLabelText('Kind'))).toBe(true);
    expect(isOff(within(form).getByRole('button', { name: 'Add a milestone' }))).toBe(true);

    const save = within(form).getByRole('button', { name: 'Save goal' });
    expect(isOff(save)).toBe(true);
    expect(description(save)).toContain(WHY_FORM);

    const cancel = within(form).getByRole('button', { name: 'Cancel' });
    expect(isOff(cancel)).toBe(false);
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Read twelve PM books' })).toBeDefined();
  });

  it('switches off the profile and the theme, but moving around, searching and exporting work', async () => {
    const saved: SaveRequest[] = [];
    const platform: Platform = {
      ...fakePlatform(null),
      saveFile: vi.fn(async (req: SaveRequest) => {
        saved.push(req);
        return { saved: true as const, fileName: req.suggestedName };
      }),
    };
    show('#/settings', platform);
    const name = await screen.findByLabelText('Your name (optional)', undefined, SLOW);
    expect(name).toHaveProperty('value', 'Dana Okafor');
    expect(isOff(name)).toBe(true);
    const saveProfileButton = screen.getByRole('button', { name: 'Save profile' });
    expect(isOff(saveProfileButton)).toBe(true);
    expect(saveProfileButton.closest('form')?.textContent).toContain(WHY_FORM);
    const dark = screen.getByRole('radio', { name: 'Dark' });
    expect(isOff(dark)).toBe(true);
    expect(description(dark.closest('fieldset')!)).toContain(WHY_BANNER);

    // Export a backup: enabled, and it saves a file.
    const exportButton = screen.getByRole('button', { name: 'Export a complete backup' });
    expect(isOff(exportButton)).toBe(false);
    fireEvent.click(exportButton);
    await screen.findByText(/^Backup saved as /, undefined, SLOW);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.suggestedName).toMatch(/\.ascent-backup$/);

    // The sidebar still moves between areas; the network's search still takes words.
    fireEvent.click(screen.getByRole('link', { name: 'Network' }));
    const search = await screen.findByRole('searchbox', { name: 'Search' }, SLOW);
    expect(isOff(search)).toBe(false);
    fireEvent.change(search, { target: { value: 'Morgan' } });
    expect(search).toHaveProperty('value', 'Morgan');
    expect(isOff(screen.getByRole('button', { name: 'Add a contact' }))).toBe(true);
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#/settings');
  });
});
