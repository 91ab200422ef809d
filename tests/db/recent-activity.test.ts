/**
 * The Dashboard's "Recent activity" (renderer/src/db/credit-summary.ts `recent`, then
 * recentlyDone): what was done by today, newest first. A planned activity — dated ahead or
 * not yet marked done — never leads it, whether the latest entries come from the last twelve
 * months (the counting window) or, when it holds fewer than RECENT done entries, from the
 * index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readSummary, RECENT } from '../../renderer/src/db/credit-summary';
import { openStore, type Store } from '../../renderer/src/db/database';
import { saveActivity } from '../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../renderer/src/db/repositories/credentials';
import { recentlyDone } from '../../shared/domain/dashboard/recent-activity';
import type { Activity } from '../../shared/domain/credits';
import { freshName } from './helpers';

const asOf = '2026-12-05';
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function storeWith(label: string, entries: [string, string, Activity['status']][]) {
  const store = await openStore(freshName(`recent-${label}`));
  open.push(store);
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2023-12-05', renewals: [] },
    asOf,
  );
  if (!held.ok) throw new Error('fixture');
  for (const [id, date, status] of entries) {
    const saved = await saveActivity(
      store,
      {
        id,
        date,
        title: id,
        type: 'course-or-training',
        amount: 2,
        unit: 'hours',
        split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
        status,
      },
      asOf,
    );
    if (!saved.ok) throw new Error(`entry ${id} not saved: ${JSON.stringify(saved.errors)}`);
  }
  return store;
}

const recentIds = async (store: Store) => {
  const { summary } = await readSummary(store, asOf);
  return {
    listed: summary.recent.map((a) => a.id),
    shown: recentlyDone(summary.recent, asOf).map((a) => a.id),
  };
};

describe('recent activity lists what was done', () => {
  it('few entries: the done ones from the index, older than a year too, never the planned shown', async () => {
    const store = await storeWith('few', [
      ['summit-2027', '2027-09-20', 'planned'],
      ['not-done-yet', '2026-06-01', 'planned'],
      ['webinar', '2026-11-01', 'earned'],
      ['book', '2026-10-01', 'reported'],
      ['old-course', '2024-05-01', 'earned'],
    ]);
    // The window's planned ones fill the places left, after the done ones (the card says what
    // was logged lately is planned when nothing was done); none is shown.
    expect(await recentIds(store)).toEqual({
      listed: ['webinar', 'book', 'old-course', 'summit-2027', 'not-done-yet'],
      shown: ['webinar', 'book', 'old-course'],
    });
  });

  it(`${RECENT} done in the last year and a planned one ahead: the done ones`, async () => {
    const store = await storeWith('many', [
      ['summit-2027', '2027-09-20', 'planned'],
      ['d1', '2026-12-05', 'earned'],
      ['d2', '2026-11-20', 'earned'],
      ['d3', '2026-10-01', 'earned'],
      ['d4', '2026-08-01', 'earned'],
      ['d5', '2026-03-01', 'earned'],
      ['d6', '2026-01-10', 'earned'],
    ]);
    expect(await recentIds(store)).toEqual({
      listed: ['d1', 'd2', 'd3', 'd4', 'd5'],
      shown: ['d1', 'd2', 'd3', 'd4', 'd5'],
    });
  });

  it('fewer done than places in the last year: the done ones first, the planned left out', async () => {
    const store = await storeWith('mixed', [
      ['summit-2027', '2027-09-20', 'planned'],
      ['course-2027', '2027-02-01', 'planned'],
      ['not-done-yet', '2026-11-30', 'planned'],
      ['d1', '2026-11-01', 'earned'],
      ['d2', '2026-09-01', 'accepted'],
      ['d3', '2026-02-01', 'earned'],
    ]);
    const { listed, shown } = await recentIds(store);
    expect(listed.slice(0, 3)).toEqual(['d1', 'd2', 'd3']);
    expect(shown).toEqual(['d1', 'd2', 'd3']);
  });
});
