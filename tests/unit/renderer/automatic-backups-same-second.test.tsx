/**
 * Several automatic backups written within one second (a start's, a restore's safety copy, a
 * bulk delete's) share a time to the second and differ by the sequence in their names. The
 * desktop lists them newest first; the list in Settings keeps that order, and the newest one
 * offered after records vanished is the last written (compareListedNewestFirst).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AutomaticBackups } from '../../../renderer/src/features/backup/AutomaticBackups';
import { reasonText } from '../../../renderer/src/features/backup/messages';
import { newestBackup } from '../../../renderer/src/features/backup/runner';
import { PlatformProvider } from '../../../renderer/src/platform';
import { compareListedNewestFirst, formatBackupName } from '../../../shared/backup-names';
import type { BackupFileInfo, BackupReason } from '../../../shared/ipc/contract';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const SECOND = new Date('2026-11-22T10:15:03.000Z');
const EARLIER = new Date('2026-11-21T09:00:00.000Z');

function file(at: Date, reason: BackupReason, sequence = 1): BackupFileInfo {
  return {
    fileName: formatBackupName(at, reason, sequence),
    reason,
    createdAt: at.toISOString(),
    size: 1000,
  };
}

/** As the desktop lists them: newest first, the later writes of one second before the earlier. */
const listed = [
  file(SECOND, 'before-bulk-delete', 3),
  file(SECOND, 'before-restore', 2),
  file(SECOND, 'start'),
  file(EARLIER, 'daily', 2),
  file(EARLIER, 'daily'),
];
const names = listed.map((f) => f.fileName);

describe('the order of listed backups', () => {
  it.each([
    ['as listed', listed],
    ['reversed', [...listed].reverse()],
    ['shuffled', [listed[2]!, listed[4]!, listed[0]!, listed[3]!, listed[1]!]],
  ])('is newest first, by sequence within a second, from any order: %s', (_name, files) => {
    expect([...files].sort(compareListedNewestFirst).map((f) => f.fileName)).toEqual(names);
  });

  it('is total: a pair compares the opposite way round, the same file as equal', () => {
    for (const a of listed)
      for (const b of listed) {
        const ab = compareListedNewestFirst(a, b);
        expect(Math.sign(compareListedNewestFirst(b, a))).toBe(-Math.sign(ab) || 0);
        expect(ab === 0).toBe(a === b);
      }
  });

  it('offers the last written of one second as the newest backup', () => {
    expect(newestBackup([...listed].reverse())?.fileName).toBe(names[0]);
    expect(newestBackup(listed.slice(1, 3))?.fileName).toBe(names[1]);
  });
});

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

describe('Settings’ list of automatic backups', { timeout: 30_000 }, () => {
  it('keeps the desktop’s newest-first order within one second', async () => {
    const store = await storeWith('same-second-list', fixtureRows());
    stores.push(store);
    const backups = fakeBackups(listed);
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(backups)}>
          <AutomaticBackups backups={backups} readOnly={false} />
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const why = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(why).toEqual(listed.map((f) => reasonText(f.reason)));
  });
});
