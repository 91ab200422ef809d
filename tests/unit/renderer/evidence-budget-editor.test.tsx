// A save refused because a new evidence file would take the files kept past the budget says so
// truthfully: nothing was saved (not the files before it, not the activity's other changes),
// and the figure kept is the one stored. Removing the named file from the files waiting to be
// added takes its refusal away, and the save then works. The budget is the real one: the
// stored evidence's size is set near it (the total is read from the rows' sizes), so no test
// allocates hundreds of MB.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_BUDGET_BYTES } from '../../../shared/backup-limits';
import { App } from '../../../renderer/src/app/App';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  budgetBytesUsed,
  getActivity,
  listEvidence,
  saveActivity,
} from '../../../renderer/src/db/repositories/activities';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
let activityId: string;
beforeEach(async () => {
  window.location.hash = '';
  // jsdom has no CSS.escape; the editor finds its way back to a row with it (plain ids here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  store = await openStore(freshName('evidence-budget-editor'));
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
  // 10 bytes short of the budget, as Settings › Storage counts it.
  await store.db
    .table('evidence')
    .toCollection()
    .modify({ size: EVIDENCE_BUDGET_BYTES - 10 });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  resetUnsavedChanges();
  await store.db.delete();
});

/** A picked file; jsdom's File cannot give its bytes (arrayBuffer), so this one can. */
function pdf(name: string, bytes: number): File {
  const data = new Uint8Array(bytes).fill(1);
  const file = new File([data], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => data.buffer });
  return file;
}

describe('a save refused for the budget', () => {
  it(
    'says nothing was saved and what is kept, and goes when the named file is taken off',
    TEST,
    async () => {
      window.location.hash = `#/credit-log/${activityId}`;
      render(<App store={store} platform={fakePlatform(null)} />);
      const title = await screen.findByLabelText(/^Title/, {}, SLOW);
      fireEvent.change(title, { target: { value: 'Chapter meeting, renamed' } });
      const files = await screen.findByRole('list', { name: 'Evidence files' }, SLOW);
      const group = files.closest('fieldset')!;
      // a.pdf fits (6 bytes left), b.pdf after it does not.
      fireEvent.change(within(group).getByLabelText('Add evidence files'), {
        target: { files: [pdf('a.pdf', 4), pdf('b.pdf', 8)] },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

      const alert = await within(group).findByRole('alert', {}, SLOW);
      expect(alert.textContent).toBe(
        'Nothing was saved: “b.pdf”, with the 4 bytes of new files before it, would take the evidence and certificates kept past 400 MB (400 MB is kept). Remove it, or remove evidence you no longer need, then save again. Ascent keeps up to 400 MB of evidence and certificates so that one backup file holds everything; keep large files elsewhere and note where.',
      );
      const summary = screen.getByRole('region', { name: /nothing was saved/ });
      expect(summary.textContent).toContain('Nothing was saved: “b.pdf”');
      // Truly nothing: not a.pdf, not the new title.
      expect((await getActivity(store, activityId))?.title).toBe('Chapter meeting');
      expect((await listEvidence(store, activityId)).map((e) => e.name)).toEqual([
        'attendance.pdf',
      ]);
      expect(await budgetBytesUsed(store)).toBe(EVIDENCE_BUDGET_BYTES - 10);

      fireEvent.click(within(group).getByRole('button', { name: /^Remove\s*b\.pdf$/ }));
      await waitFor(() => expect(within(group).queryByRole('alert')).toBeNull());
      expect(screen.queryByRole('region', { name: /nothing was saved/ })).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(
        async () =>
          expect((await getActivity(store, activityId))?.title).toBe('Chapter meeting, renamed'),
        SLOW,
      );
      expect((await listEvidence(store, activityId)).map((e) => e.name).sort()).toEqual([
        'a.pdf',
        'attendance.pdf',
      ]);
    },
  );
});
