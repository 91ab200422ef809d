/**
 * Reading a large backup for a restore shows progress while the file is unpacked: entries
 * are unpacked a few megabytes at a time, with a pause between for the page to draw the bar,
 * rather than in one go that froze the window with nothing moving until it was done.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, type BackupProgress } from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import { checkingText } from '../../renderer/src/features/backup/messages';
import { fixtureRows, storeWith } from './backup-fixtures';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

const MB = 1024 ** 2;

/** A backup whose one evidence file is 12 MB (stored as it is, so the file is as large). */
async function largeBackup(): Promise<Uint8Array> {
  const rows = fixtureRows();
  const data = new Uint8Array(12 * MB);
  for (let i = 0; i < data.length; i += 4096) data[i] = i % 251;
  rows.evidence![0] = { ...rows.evidence![0]!, data, size: data.byteLength };
  const store = await storeWith('unzip-progress', rows);
  open.push(store);
  const { bytes } = await exportBackup(store, {
    appVersion: '0.3.0',
    now: new Date('2026-11-22T10:00:00.000Z'),
  });
  return bytes;
}

describe('reading a large backup', { timeout: 40_000 }, () => {
  it('reports the unpacking as it goes, before the check, from nothing to all of it', async () => {
    const seen: BackupProgress[] = [];
    const read = await readBackupFile(await largeBackup(), { onProgress: (p) => seen.push(p) });
    expect(read.ok).toBe(true);
    const unzip = seen.filter((p) => p.step === 'unzip');
    expect(unzip.length).toBeGreaterThan(2);
    const total = unzip[0]!.total;
    expect(total).toBeGreaterThan(12 * MB);
    expect(unzip[0]!.done).toBe(0);
    expect(unzip.at(-1)).toMatchObject({ done: total, total });
    // Somewhere in between, and never going back.
    expect(unzip.some((p) => p.done > 0 && p.done < total)).toBe(true);
    for (let i = 1; i < unzip.length; i++)
      expect(unzip[i]!.done).toBeGreaterThan(unzip[i - 1]!.done);
    const firstCheck = seen.findIndex((p) => p.step === 'check');
    expect(seen.indexOf(unzip.at(-1)!)).toBeLessThan(firstCheck);
  });

  it('lets the page draw while it unpacks', async () => {
    const bytes = await largeBackup();
    const seen: BackupProgress[] = [];
    // A timer set when the unpacking starts runs while it is still going: the page gets its
    // turn to draw the bar before the last of the file is unpacked.
    const timer: { ranAt?: BackupProgress } = {};
    await readBackupFile(bytes, {
      onProgress: (p) => {
        if (seen.length === 0) setTimeout(() => (timer.ranAt = seen.at(-1)), 0);
        seen.push(p);
      },
    });
    expect(seen[0]?.step).toBe('unzip');
    expect(timer.ranAt?.step).toBe('unzip');
    expect(timer.ranAt!.done).toBeLessThan(timer.ranAt!.total);
  });
});

describe('the restore dialog’s line while it reads the file', () => {
  it('says which step it is at, the bar giving the amount', () => {
    const unzip: BackupProgress = { step: 'unzip', done: 4 * MB, total: 12 * MB };
    const check: BackupProgress = { step: 'check', done: 3, total: 30 };
    expect(checkingText('“b.ascent-backup”', null)).toBe('Checking “b.ascent-backup”…');
    expect(checkingText('“b.ascent-backup”', unzip)).toBe('Unpacking “b.ascent-backup”…');
    expect(checkingText('“b.ascent-backup”', check)).toBe('Checking “b.ascent-backup”…');
  });
});
