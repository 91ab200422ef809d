/**
 * A university course's semester credits (ISACA counts 15 CPE hours each, domain-facts §4) go
 * through a backup: export → restore keeps them, and a file whose credits are not a number
 * above zero is refused, naming the row and field, with nothing written (FORMAT.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Problem } from '../../renderer/src/db/backup/problems';
import { problemText } from '../../renderer/src/features/backup/messages';
import type { Store } from '../../renderer/src/db/database';
import { craftFile, craftedFrom, fixtureRows, storeWith, type Rows } from './backup-fixtures';
import { dumpTables } from './helpers';

/** The fixture's rows with its second activity a 3-credit university course. */
function withCourse(credits: unknown): Rows {
  const rows = fixtureRows();
  const second = rows.activities![1]!;
  Object.assign(second, {
    type: 'course-or-training',
    title: 'IT audit and assurance (university)',
    semesterCredits: credits,
  });
  return rows;
}

const open: Store[] = [];
afterAll(() => open.forEach((s) => s.db.close()));

describe('semester credits in a backup', () => {
  it('export → restore keeps a course’s semester credits', async () => {
    const source = await storeWith('credits-src', withCourse(3));
    const target = await storeWith('credits-target', fixtureRows());
    open.push(source, target);
    const { bytes } = await exportBackup(source, { appVersion: '0.3.0' });
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    await restoreBackup(target, read.value);
    const course = (await target.db
      .table('activities')
      .get(withCourse(3).activities![1]!.id as string)) as
      { title: string; semesterCredits?: number } | undefined;
    expect([course?.title, course?.semesterCredits]).toEqual([
      'IT audit and assurance (university)',
      3,
    ]);
  });

  describe('a value that is not a number above zero is refused, and nothing is written', () => {
    let target: Store;
    beforeAll(async () => {
      target = await storeWith('credits-refused', fixtureRows());
      open.push(target);
    });

    it.each<[string, unknown]>([
      ['zero', 0],
      ['a negative number', -3],
      ['text', '3'],
      ['null', null],
    ])('%s', async (_name, credits) => {
      const before = await dumpTables(target.db);
      const read = await readBackupFile(await craftFile(craftedFrom(withCourse(credits))));
      if (read.ok) await restoreBackup(target, read.value);
      expect(await dumpTables(target.db)).toEqual(before);
      const problems: Problem[] = read.ok ? [] : read.problems;
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'ROW_INVALID',
          table: 'activities',
          row: 2,
          field: 'semesterCredits',
        }),
      ]);
      expect(problemText(problems[0]!)).toContain('row 2, field “semesterCredits”');
    });
  });
});
