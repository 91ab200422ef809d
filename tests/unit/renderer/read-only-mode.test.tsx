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
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
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

const evidenceBytes = new TextEncoder().encode('%PDF attendance');
const certificateBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 7]);

/** An activity with an evidence file and a course with its certificate, kept before the lock. */
async function keepFiles(writable: Store): Promise<string> {
  const activity = await saveActivity(
    writable,
    {
      date: '2026-01-01',
      title: 'Chapter meeting',
      type: 'course-or-training',
      amount: 2,
      unit: 'hours',
      split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
      status: 'earned',
    },
    '2026-01-02',
    {
      addEvidence: [{ name: 'attendance.pdf', mimeType: 'application/pdf', data: evidenceBytes }],
    },
  );
  const course = await saveCourse(
    writable,
    {
      title: 'Leading agile teams',
      provider: 'Acme',
      format: 'virtual',
      status: 'planned',
      start: '2026-04-01',
      end: null,
      contactHours: 21,
      cost: null,
      link: '',
      topic: 'agile',
      split: null,
      notes: '',
    },
    {
      asOf: '2026-01-02',
      certificate: { name: 'agile.pdf', mimeType: 'application/pdf', data: certificateBytes },
    },
  );
  if (!activity.ok || !course.ok) throw new Error('files not kept');
  return activity.value.id;
}

let store: Store;
let activityId: string;
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
  activityId = await keepFiles(writable);
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

/** A platform that keeps what it was asked to save. */
function recording() {
  const saved: SaveRequest[] = [];
  const platform: Platform = {
    ...fakePlatform(null),
    saveFile: vi.fn(async (req: SaveRequest) => {
      saved.push(req);
      return { saved: true as const, fileName: req.suggestedName };
    }),
  };
  return { platform, saved };
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

  it('keeps “Save a copy” of an activity’s evidence working, by mouse and keyboard; adding and removing files are switched off', async () => {
    const { platform, saved } = recording();
    show(`#/credit-log/${activityId}`, platform);
    const files = await screen.findByRole('list', { name: 'Evidence files' }, SLOW);
    const form = files.closest('form')!;
    expect(form.textContent).toContain(`You can read this, but ${WHY_FORM}`);

    const copy = within(files).getByRole('button', { name: /^Save a copy/ });
    expect(copy.textContent).toBe('Save a copy of attendance.pdf');
    expect(isOff(copy)).toBe(false);
    expect(copy.tabIndex).toBe(0);
    fireEvent.click(copy);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toBe('attendance.pdf');
    expect(saved[0]!.mimeType).toBe('application/pdf');
    expect([...(saved[0]!.content as Uint8Array)]).toEqual([...evidenceBytes]);

    // From the keyboard, as a button: Enter at once, Space on release.
    fireEvent.keyDown(copy, { key: 'Enter' });
    await waitFor(() => expect(saved).toHaveLength(2));
    fireEvent.keyDown(copy, { key: ' ' });
    expect(saved).toHaveLength(2);
    fireEvent.keyUp(copy, { key: ' ' });
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved.map((r) => r.suggestedName)).toEqual(Array(3).fill('attendance.pdf'));

    expect(isOff(within(files).getByRole('button', { name: /^Remove/ }))).toBe(true);
    expect(isOff(within(form).getByLabelText('Add evidence files'))).toBe(true);
    expect(isOff(within(form).getByRole('button', { name: 'Save changes' }))).toBe(true);
  });

  it('keeps “Save a copy” of a course’s certificate working, in its form and in the list; removing and replacing are switched off', async () => {
    const { platform, saved } = recording();
    show('#/learning/courses', platform);
    const table = await screen.findByRole('table', { name: 'Your courses' }, SLOW);
    const row = within(table)
      .getByRole('rowheader', { name: 'Leading agile teams' })
      .closest('tr')!;
    const inList = await within(row).findByRole('button', { name: /^Save a copy/ }, SLOW);
    expect(inList.textContent).toBe('Save a copy of the certificate of Leading agile teams');
    expect(isOff(inList)).toBe(false);
    fireEvent.click(inList);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toBe('agile.pdf');

    fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit course' });
    expect(form.textContent).toContain(`You can read this, but ${WHY_FORM}`);
    const group = within(form).getByRole('group', { name: 'Certificate' });
    const copy = await within(group).findByRole('button', { name: /^Save a copy/ }, SLOW);
    expect(copy.textContent).toBe('Save a copy of agile.pdf');
    expect(isOff(copy)).toBe(false);
    expect(copy.tabIndex).toBe(0);
    fireEvent.keyDown(copy, { key: 'Enter' });
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.suggestedName).toBe('agile.pdf');
    expect(saved[1]!.mimeType).toBe('application/pdf');
    expect([...(saved[1]!.content as Uint8Array)]).toEqual([...certificateBytes]);
    expect(within(group).queryByRole('alert')).toBeNull();

    expect(isOff(within(group).getByRole('button', { name: /^Remove/ }))).toBe(true);
    expect(isOff(within(group).getByLabelText('Replace with another file (optional)'))).toBe(true);
    expect(isOff(within(form).getByRole('button', { name: 'Save course' }))).toBe(true);
  });
});
