/**
 * "Last exported" after restoring a file the user exported is that file's export time, but
 * never a time still to come: a file made on a computer whose clock ran ahead (or whose
 * settings were edited by hand) kept the browser's export reminder quiet until that day, with
 * "Last exported" showing a date in the future.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, type ValidBackup } from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import { getSettings } from '../../renderer/src/db/repositories/settings';
import { exportReminderDue, exportTimeAfterRestore } from '../../renderer/src/features/backup/due';
import { performRestore } from '../../renderer/src/features/backup/restore-flow';
import { fakePlatform } from './backup-fakes';
import { fixtureRows, storeWith } from './backup-fixtures';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

const DAY = 24 * 60 * 60 * 1000;

/** A backup file made at `madeAt`, its settings remembering `lastExportAt`. */
async function fileMadeAt(
  label: string,
  madeAt: Date,
  lastExportAt?: string,
): Promise<ValidBackup> {
  const rows = fixtureRows();
  rows.settings = [{ id: 'app', updatedAt: madeAt.toISOString(), lastExportAt }];
  const source = track(await storeWith(label, rows));
  const { bytes } = await exportBackup(source, { appVersion: '0.3.0', now: madeAt });
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value;
}

async function restoreInBrowser(label: string, file: ValidBackup): Promise<string | null> {
  const store = track(await storeWith(label, fixtureRows()));
  const outcome = await performRestore(store, fakePlatform(null), file, { downloadCopy: false });
  expect(outcome.ok).toBe(true);
  return (await getSettings(store)).lastExportAt;
}

describe('"Last exported" after restoring a file of the user’s', { timeout: 30_000 }, () => {
  it('made on a computer whose clock ran a year ahead: now, and the reminder comes back', async () => {
    const ahead = new Date(Date.now() + 365 * DAY);
    const before = Date.now();
    const last = await restoreInBrowser('ahead-target', await fileMadeAt('ahead', ahead));
    expect(Date.parse(last!)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(last!)).toBeLessThanOrEqual(Date.now());
    // Fifteen days on, a 14-day reminder is due again.
    const later = new Date(Date.now() + 15 * DAY);
    expect(
      exportReminderDue({ lastExportAt: last, reminderDays: 14, hasRecords: true, now: later }),
    ).toBe(true);
  });

  it('whose settings remember an export that is not a time: the file’s export time', async () => {
    const madeAt = new Date(Date.now() - 3 * DAY);
    const file = await fileMadeAt('garbled', madeAt, 'the 3rd of never');
    expect(await restoreInBrowser('garbled-target', file)).toBe(madeAt.toISOString());
  });
});

describe('exportTimeAfterRestore', () => {
  const now = new Date('2026-12-07T12:00:00.000Z');
  it.each([
    ['the file’s time', '2026-11-20T08:00:00.000Z', undefined, '2026-11-20T08:00:00.000Z'],
    [
      'a later remembered export',
      '2026-11-20T08:00:00.000Z',
      '2026-11-21T08:00:00.000Z',
      '2026-11-21T08:00:00.000Z',
    ],
    [
      'an earlier remembered export',
      '2026-11-20T08:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
      '2026-11-20T08:00:00.000Z',
    ],
    [
      'a remembered export that is no time',
      '2026-11-20T08:00:00.000Z',
      'zzz',
      '2026-11-20T08:00:00.000Z',
    ],
    ['a file from the future', '2027-12-07T12:00:00.000Z', undefined, '2026-12-07T12:00:00.000Z'],
    [
      'a remembered export in the future',
      '2026-11-20T08:00:00.000Z',
      '2030-01-01T00:00:00.000Z',
      '2026-12-07T12:00:00.000Z',
    ],
  ])('%s', (_, exportedAt, remembered, expected) => {
    expect(exportTimeAfterRestore(exportedAt, remembered, now)).toBe(expected);
  });
});
