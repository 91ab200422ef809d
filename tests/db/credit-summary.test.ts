/**
 * Issue 9: the start-up summary (renderer/src/db/credit-summary.ts) over a real (fake)
 * IndexedDB. Whatever the ledger holds — nothing, what an earlier start kept, yesterday's
 * figures — the figures are the ones a summary read with an empty ledger gives, day by day,
 * and before and after entries are written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { readSummary, type Read } from '../../renderer/src/db/credit-summary';
import { openStore, type Store } from '../../renderer/src/db/database';
import { LEDGER_TABLE, readLedger, writeLedger } from '../../renderer/src/db/ledger';
import { saveActivity } from '../../renderer/src/db/repositories/activities';
import { addDays } from '../../shared/dates';
import { generateCareer } from '../bench/dataset';
import { freshName } from './helpers';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function careerStore(label: string): Promise<Store> {
  const store = await openStore(freshName(`summary-${label}`));
  open.push(store);
  await replaceAllData(store, generateCareer('small', 1));
  return store;
}

const keep = (store: Store, r: Read) =>
  writeLedger(store, r.closed, r.generation, r.leadership, r.current);

/** The figures a user sees, with the ledger emptied first (nothing kept to lean on). */
async function fromScratch(store: Store, day: string) {
  await store.db.table(LEDGER_TABLE).clear();
  return (await readSummary(store, day)).summary;
}

const shown = (r: Read['summary']) => ({
  evaluations: [...r.evaluations.entries()],
  recent: r.recent.map((a) => a.id),
  readiness: r.readinessActivities.map((a) => a.id),
  leadership: r.leadershipBefore,
});

describe('the start-up summary equals a read with nothing kept', () => {
  it('on the first start, on a later start the same day, and on the next days', async () => {
    const store = await careerStore('days');
    const day = '2026-11-22';
    const first = await readSummary(store, day);
    expect(first.current.length).toBeGreaterThan(0);
    expect(await keep(store, first)).toBe(true);
    const later = await readSummary(store, day);
    // Nothing judged again: today's figures were kept.
    expect(first.judged).toBeGreaterThan(0);
    expect(later.judged).toBe(0);
    expect(later.current).toEqual([]);
    expect(shown(later.summary)).toEqual(shown(first.summary));

    let carriedDays = 0;
    for (const next of [addDays(day, 1), addDays(day, 2), addDays(day, 9)]) {
      const read = await readSummary(store, next);
      // Figures carried from the day before are kept for this day too, but not judged.
      if (read.current.length > 0 && read.judged < read.current.length) carriedDays++;
      const expected = shown(read.summary);
      await keep(store, read);
      const kept = [...(await readLedger(store))];
      expect(shown(await fromScratch(store, next))).toEqual(expected);
      // Put back what the app kept, as if the scratch read had not happened.
      await store.db.table(LEDGER_TABLE).bulkPut(kept);
    }
    expect(carriedDays).toBeGreaterThan(0);
  });

  it('after entries are written today and years back', async () => {
    const store = await careerStore('writes');
    const day = '2026-11-22';
    await keep(store, await readSummary(store, day));
    for (const date of [day, '2023-05-02', '2019-01-15']) {
      const saved = await saveActivity(
        store,
        {
          date,
          title: `Workshop on ${date}`,
          type: 'course-or-training',
          amount: 8,
          unit: 'hours',
          split: { waysOfWorking: 2, powerSkills: 4, businessAcumen: 2 },
          status: 'earned',
        },
        day,
      );
      expect(saved.ok).toBe(true);
      const read = await readSummary(store, day);
      const expected = shown(read.summary);
      await keep(store, read);
      const kept = [...(await readLedger(store))];
      expect(shown(await fromScratch(store, day))).toEqual(expected);
      await store.db.table(LEDGER_TABLE).bulkPut(kept);
    }
  });
});
