/**
 * A PMI exam application's approval date and attempts (shared/domain/credentials/application.ts)
 * are part of a held credential's row: they survive export → restore, a backup made before
 * they existed restores as it is, and a file whose values the form could never save (a day
 * that does not exist, four attempts) is refused before anything is written, naming the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import { listHeld, saveHeld } from '../../renderer/src/db/repositories/credentials';
import { craftFile, craftedFrom, fixtureRows, storeWith, type Rows } from './backup-fixtures';
import { dumpTables } from './helpers';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function restoredFrom(bytes: Uint8Array, label: string) {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  const target = track(await storeWith(label, {}));
  await restoreBackup(target, read.value);
  return target;
}

describe('the exam application in a backup', () => {
  it('survives export and restore as typed', async () => {
    const source = track(await storeWith('application-source', fixtureRows()));
    const saved = await saveHeld(
      source,
      {
        credentialId: 'pmi-acp',
        stage: 'exam-booked',
        examDate: '2027-01-15',
        applicationApprovedDate: '2026-03-03',
        examAttemptsUsed: 2,
      },
      '2026-11-21',
    );
    expect(saved.ok).toBe(true);
    const { bytes } = await exportBackup(source, { appVersion: '0.3.0' });
    const target = await restoredFrom(bytes, 'application-target');
    const acp = (await listHeld(target)).find((h) => h.credentialId === 'pmi-acp');
    expect(acp).toMatchObject({ applicationApprovedDate: '2026-03-03', examAttemptsUsed: 2 });
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it('an older backup without them restores, its credential as it was', async () => {
    const rows = fixtureRows();
    const before = structuredClone(rows.credentials!);
    expect(before.some((r) => 'applicationApprovedDate' in r || 'examAttemptsUsed' in r)).toBe(
      false,
    );
    const target = await restoredFrom(await craftFile(craftedFrom(rows)), 'application-old');
    expect(await listHeld(target)).toEqual(before);
  });

  it('keeps empty answers (null) as they are', async () => {
    const rows = fixtureRows();
    Object.assign(rows.credentials![0]!, { applicationApprovedDate: null, examAttemptsUsed: null });
    const target = await restoredFrom(await craftFile(craftedFrom(rows)), 'application-null');
    expect((await listHeld(target))[0]).toMatchObject({
      applicationApprovedDate: null,
      examAttemptsUsed: null,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a day that does not exist',
      { applicationApprovedDate: '2026-02-30' },
      'applicationApprovedDate',
    ],
    ['four attempts', { examAttemptsUsed: 4 }, 'examAttemptsUsed'],
    ['half an attempt', { examAttemptsUsed: 0.5 }, 'examAttemptsUsed'],
  ])('refuses %s, naming the field', async (_name, change, field) => {
    const rows: Rows = fixtureRows();
    Object.assign(rows.credentials![0]!, change);
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: 'ROW_INVALID', table: 'credentials', row: 1, field }),
    );
  });
});
