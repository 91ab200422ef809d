/**
 * The profile, held credentials, definitions of the user's own and the credit log are checked
 * as the records every credit figure reads (rows-credits.ts): a file with a field of the wrong
 * shape is refused, naming the table, row and field, and nothing is written; the app's own
 * backups, every schema fixture and activities the credit log merely marks as wrong restore,
 * and the credit summary reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Problem } from '../../renderer/src/db/backup/problems';
import { readSummary } from '../../renderer/src/db/credit-summary';
import { linkedActivities } from '../../renderer/src/db/repositories/journal-links';
import type { Store } from '../../renderer/src/db/database';
import { problemText } from '../../renderer/src/features/backup/messages';
import { schemaFixtures } from '../fixtures/db';
import { craftFile, craftedFrom, fixtureRows, storeWith, type Rows } from './backup-fixtures';
import { dumpTables } from './helpers';

const AS_OF = '2026-06-01';
const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterAll(() => open.forEach((s) => s.db.close()));

/** The fixture's rows with one change, as a backup file with a correct checksum. */
async function fileWith(change: (r: Rows) => void): Promise<Uint8Array> {
  const rows = fixtureRows();
  change(rows);
  return craftFile(craftedFrom(rows));
}

/** Read, restore into a fresh store, and read the credit summary as every screen does. */
async function restoreAndRead(bytes: Uint8Array, label: string) {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  const target = track(await storeWith(label, {}));
  await restoreBackup(target, read.value);
  await readSummary(target, AS_OF);
  return target;
}

const activity = (r: Rows, i = 0) => r.activities![i]!;

describe('a credit-log, credential or profile field of the wrong shape is refused', () => {
  let target: Store;
  beforeAll(async () => {
    target = track(await storeWith('shapes-refused', fixtureRows()));
  });

  it.each<[string, (r: Rows) => void, string, number, string]>([
    [
      'exclusions that are not a list',
      (r) => (activity(r).excludedFrom = { a: 1 }),
      'activities',
      1,
      'excludedFrom',
    ],
    [
      'an exclusion that is not an id',
      (r) => (activity(r).excludedFrom = [1]),
      'activities',
      1,
      'excludedFrom.0',
    ],
    ['a split that is text', (r) => (activity(r).split = 'garbage'), 'activities', 1, 'split'],
    [
      'a split in numbers as text',
      (r) => (activity(r).split = { waysOfWorking: '5', powerSkills: '1', businessAcumen: '2' }),
      'activities',
      1,
      'split.waysOfWorking',
    ],
    ['claims that are a number', (r) => (activity(r).claims = 5), 'activities', 1, 'claims'],
    [
      'a claim of an unknown status',
      (r) => (activity(r).claims = { pmp: 'lost' }),
      'activities',
      1,
      'claims.pmp',
    ],
    ['a negative amount', (r) => (activity(r, 1).amount = -40), 'activities', 2, 'amount'],
    [
      'a share as text',
      (r) => (activity(r).relevantPercent = 'half'),
      'activities',
      1,
      'relevantPercent',
    ],
    [
      'an allocation as text',
      (r) => (activity(r).waysOfWorkingFor = { pmp: '3' }),
      'activities',
      1,
      'waysOfWorkingFor.pmp',
    ],
    [
      'a category that is a number',
      (r) => (activity(r).categories = { iiba: 4 }),
      'activities',
      1,
      'categories.iiba',
    ],
    [
      'a role period without its end',
      (r) => (activity(r).practitionerPeriod = { start: '2025-01-01' }),
      'activities',
      1,
      'practitionerPeriod.end',
    ],
    ['notes that are not text', (r) => (activity(r).notes = ['a']), 'activities', 1, 'notes'],
    [
      'a renewal that is null',
      (r) => (r.credentials![0]!.renewals = [null]),
      'credentials',
      1,
      'renewals.0',
    ],
    [
      'a renewal without a day',
      (r) => (r.credentials![0]!.renewals = [{ date: 'soon' }]),
      'credentials',
      1,
      'renewals.0.date',
    ],
    [
      'overrides that are text',
      (r) => (r.credentials![0]!.overrides = 'x'),
      'credentials',
      1,
      'overrides',
    ],
    [
      'an override cap as text',
      (r) => (r.credentials![0]!.overrides = { categoryCaps: { a: '3' } }),
      'credentials',
      1,
      'overrides.categoryCaps.a',
    ],
    [
      'a negative cycle',
      (r) => (r.customCredentials![0]!.cycleMonths = -3),
      'customCredentials',
      1,
      'cycleMonths',
    ],
    [
      'categories that are not a list',
      (r) => (r.customCredentials![0]!.categories = 'none'),
      'customCredentials',
      1,
      'categories',
    ],
    [
      'a negative day of study',
      (r) => ((r.profile![0]!.weeklyAvailability as Record<string, unknown>).mon = -5),
      'profile',
      1,
      'weeklyAvailability.mon',
    ],
  ])('%s', async (_name, change, table, row, field) => {
    const before = await dumpTables(target.db);
    const read = await readBackupFile(await fileWith(change));
    if (read.ok) await restoreBackup(target, read.value);
    expect(await dumpTables(target.db)).toEqual(before);
    const problems: Problem[] = read.ok ? [] : read.problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'ROW_INVALID', table, row, field })]);
    expect(problemText(problems[0]!)).toContain(`row ${row}, field “${field}”`);
  });

  it('after a refused file the data is as it was, and the summary still reads', async () => {
    const rows = fixtureRows();
    activity(rows).title = 'Kept as it was';
    const store = track(await storeWith('shapes-unchanged', rows));
    const before = await dumpTables(store.db);
    const summary = await readSummary(store, AS_OF);
    const read = await readBackupFile(await fileWith((r) => (activity(r).excludedFrom = { a: 1 })));
    expect(read.ok).toBe(false);
    if (read.ok) await restoreBackup(store, read.value);
    expect(await dumpTables(store.db)).toEqual(before);
    expect((await readSummary(store, AS_OF)).summary).toEqual(summary.summary);
  });
});

describe('what the app writes still restores, and the summary reads it', () => {
  it('the app’s own backup', async () => {
    const source = track(await storeWith('shapes-source', fixtureRows()));
    const { bytes } = await exportBackup(source, { appVersion: '0.6.0' });
    const target = await restoreAndRead(bytes, 'shapes-own');
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it.each(schemaFixtures.map((f) => [f.version, f] as const))(
    'the schema %i fixture, upgraded',
    async (version, fixture) => {
      // Every table of that version, as its export wrote them (the derived ledger left out).
      const tables = Object.keys(fixture.stores).filter((t) => t !== 'cycleLedger');
      const rows = { ...Object.fromEntries(tables.map((t) => [t, []])), ...fixture.rows };
      const crafted = craftedFrom(structuredClone(rows));
      const file = await craftFile({
        ...crafted,
        manifest: { ...crafted.manifest, schemaVersion: version },
      });
      await restoreAndRead(file, `shapes-v${version}`);
    },
  );

  it('every optional field, in the shape the app writes it', async () => {
    const file = await fileWith((r) => {
      Object.assign(activity(r), {
        startDate: '2025-05-09',
        semesterCredits: 1,
        waysOfWorkingFor: { pmp: 5 },
        claims: { pmp: 'accepted' },
        excludedFrom: ['custom-apm'],
        categories: { iiba: 'learning', 'custom:custom-apm': 'courses' },
        sourceId: 'course-1',
        notes: 'Good day',
      });
      Object.assign(activity(r, 1), {
        type: 'work-as-practitioner',
        practitionerPeriod: { start: '2025-01-01', end: '2025-08-31' },
        split: null,
        startDate: null,
      });
      Object.assign(r.credentials![0]!, {
        renewals: [{ date: '2027-03-01', method: 'credits', assumed: true }],
        overrides: {
          carryOverMax: 15,
          cycleEnd: 'anniversary',
          areaMin: { waysOfWorking: 8 },
          categoryCaps: {},
        },
        applicationApprovedDate: null,
        examAttemptsUsed: 1,
        renewalRoute: 'cpd',
      });
      Object.assign(r.customCredentials![0]!, {
        minDistinctCategories: 1,
        suspensionMonths: 12,
        categories: [{ id: 'courses', name: 'Courses', min: 5, cap: 20 }],
      });
    });
    await restoreAndRead(file, 'shapes-full');
  });

  it('text the forms take at any length: a note of 100,001 characters, a long provider', async () => {
    const file = await fileWith((r) => {
      activity(r).notes = 'n'.repeat(100_001);
      activity(r).provider = 'p'.repeat(100_001);
      activity(r).claimCode = 'c'.repeat(100_001);
    });
    const target = await restoreAndRead(file, 'shapes-long-text');
    const rows = (await dumpTables(target.db)).activities as { notes?: string }[];
    expect(rows.some((a) => a.notes?.length === 100_001)).toBe(true);
  });

  // validateActivity's errors are shown in the credit log, the entry counted nowhere: such an
  // entry is the user's record and restores as it is.
  it.each<[string, (r: Rows) => void]>([
    ['hours off the quarter steps', (r) => (activity(r).amount = 0.3)],
    ['no hours', (r) => (activity(r, 1).amount = 0)],
    ['a share of nothing or over 100 %', (r) => (activity(r).relevantPercent = 150)],
    [
      'a split that does not add up',
      (r) => (activity(r).split = { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 }),
    ],
    ['a type the catalogue no longer has', (r) => (activity(r, 1).type = 'retired-type')],
    [
      'a role period on a course',
      (r) => (activity(r).practitionerPeriod = { start: '2025-01-01', end: '2025-02-01' }),
    ],
    ['a start after the end', (r) => (activity(r).startDate = '2025-12-31')],
    ['an empty category tag', (r) => (activity(r).categories = { iiba: '' })],
    [
      // The stamps are optional in a file (older producers wrote none); the latest entries
      // on one day are ordered by them.
      'no stamps, two entries on one day',
      (r) => {
        for (const a of r.activities!) {
          delete a.createdAt;
          delete a.updatedAt;
        }
        activity(r, 1).date = activity(r).date;
      },
    ],
    ['an override the rule refuses', (r) => (r.credentials![0]!.overrides = { total: 0.3 })],
    [
      'a renewal before the earned date',
      (r) => (r.credentials![0]!.renewals = [{ date: '2020-01-01' }]),
    ],
  ])('an entry the app marks as wrong: %s', async (_name, change) => {
    await restoreAndRead(await fileWith(change), 'shapes-marked');
  });
});

describe('credit entries restored without stamps', () => {
  it('are listed under the journal entry they came from, oldest first, the unstamped first', async () => {
    const file = await fileWith((r) => {
      for (const a of r.activities!) {
        delete a.createdAt;
        delete a.updatedAt;
        a.sourceId = 'journal-1';
      }
      activity(r, 1).createdAt = '2025-01-01T10:00:00.000Z';
    });
    const target = await restoreAndRead(file, 'shapes-no-stamps-linked');
    const linked = await linkedActivities(target, 'journal-1');
    expect(linked.map((a) => a.id)).toEqual([
      ...fixtureRows()
        .activities!.filter((_, i) => i !== 1)
        .map((a) => a.id as string),
      fixtureRows().activities![1]!.id as string,
    ]);
  });
});
