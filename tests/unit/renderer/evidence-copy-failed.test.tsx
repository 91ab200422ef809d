// Saving a copy of an activity's evidence can fail (the disk is full, the folder is gone): the
// form says so next to the file, with what to do, as a course's certificate does.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

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
  store = await openStore(freshName('evidence-copy'));
  await saveProfile(store, {
    name: 'Dana Okafor',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  const saved = await saveActivity(
    store,
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
      addEvidence: [
        { name: 'attendance.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2, 3]) },
      ],
    },
  );
  if (!saved.ok) throw new Error('activity not kept');
  activityId = saved.value.id;
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

describe('saving a copy of evidence', () => {
  it('says so when the copy could not be saved, and clears it when a later copy works', async () => {
    let fail = true;
    const platform: Platform = {
      ...fakePlatform(null),
      saveFile: vi.fn(async (req) => {
        if (fail) throw new Error('the folder could not be written to');
        return { saved: true as const, fileName: req.suggestedName };
      }),
    };
    window.location.hash = `#/credit-log/${activityId}`;
    render(<App store={store} platform={platform} />);
    const files = await screen.findByRole('list', { name: 'Evidence files' }, SLOW);
    const group = files.closest('fieldset')!;
    fireEvent.click(within(files).getByRole('button', { name: /^Save a copy/ }));
    const alert = await within(group).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'The copy of attendance.pdf was not saved: the file could not be written there. Choose another folder, or check there is space on the disk, and try again.',
    );

    fail = false;
    fireEvent.click(within(files).getByRole('button', { name: /^Save a copy/ }));
    await vi.waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(within(group).queryByRole('alert')).toBeNull());
  });

  it('says the file is gone, and what to do, when it was removed meanwhile', async () => {
    const platform: Platform = { ...fakePlatform(null), saveFile: vi.fn() };
    window.location.hash = `#/credit-log/${activityId}`;
    render(<App store={store} platform={platform} />);
    const files = await screen.findByRole('list', { name: 'Evidence files' }, SLOW);
    // Removed elsewhere while the form was open.
    await store.db.table('evidence').clear();
    fireEvent.click(within(files).getByRole('button', { name: /^Save a copy/ }));
    const alert = await within(files.closest('fieldset')!).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'attendance.pdf is no longer kept with this activity: it was removed, perhaps in another window. Close this and open it again to see the files it has now.',
    );
    expect(platform.saveFile).not.toHaveBeenCalled();
  });
});
