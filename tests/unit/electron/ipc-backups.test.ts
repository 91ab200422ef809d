/** The backup and marker channels end to end through the IPC wrapper, on a real folder. */
import { mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels, type BackupFileInfo, type IpcResult } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();
const backups = () => join(tempDir(), 'backups');
const bytes = (...values: number[]) => new Uint8Array(values);

/** A clock the test moves by hand. */
function clock(iso: string) {
  let time = Date.parse(iso);
  return {
    now: () => new Date(time),
    set: (next: string) => void (time = Date.parse(next)),
  };
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('automatic backups', () => {
  it('writes atomically, lists and reads back byte for byte', async () => {
    const time = clock('2026-11-22T10:15:03.250Z');
    const { call } = setup(tempDir(), time);
    // Every byte value, so nothing is lost to a text encoding on the way.
    const content = new Uint8Array(256 * 3).map((_, i) => i % 256);
    const info = value<BackupFileInfo>(
      await call(channels.backupWrite, trusted, { reason: 'start', content }),
    );
    expect(info).toEqual({
      fileName: 'ascent-2026-11-22T10-15-03Z-start.ascent-backup',
      reason: 'start',
      createdAt: '2026-11-22T10:15:03.000Z',
      size: content.byteLength,
    });
    expect(await readdir(backups())).toEqual([info.fileName]); // no temporary file left
    expect(new Uint8Array(await readFile(join(backups(), info.fileName)))).toEqual(content);
    expect(await call(channels.backupList, trusted)).toEqual({ ok: true, value: [info] });
    expect(await call(channels.backupRead, trusted, { fileName: info.fileName })).toEqual({
      ok: true,
      value: content,
    });
  });

  it('gives writes in the same second distinct names, newest listed first', async () => {
    const { call } = setup(tempDir(), clock('2026-11-22T10:15:03Z'));
    // Safety copies, so rotation keeps all three; sent together to race for a name.
    const infos = await Promise.all(
      [1, 2, 3].map(async (n) =>
        value<BackupFileInfo>(
          await call(channels.backupWrite, trusted, {
            reason: 'before-bulk-delete',
            content: bytes(n),
          }),
        ),
      ),
    );
    const names = infos.map((i) => i.fileName);
    expect(new Set(names).size).toBe(3);
    const listed = value<BackupFileInfo[]>(await call(channels.backupList, trusted));
    expect(listed.map((i) => i.fileName)).toEqual([
      'ascent-2026-11-22T10-15-03Z-before-bulk-delete-3.ascent-backup',
      'ascent-2026-11-22T10-15-03Z-before-bulk-delete-2.ascent-backup',
      'ascent-2026-11-22T10-15-03Z-before-bulk-delete.ascent-backup',
    ]);
    for (const info of infos) {
      const read = value<Uint8Array>(
        await call(channels.backupRead, trusted, { fileName: info.fileName }),
      );
      expect(read.byteLength).toBe(info.size);
    }
  });

  it('rotates after each write: a month of nightly backups leaves what the policy says', async () => {
    const time = clock('2026-10-01T03:00:00Z');
    const { call } = setup(tempDir(), time);
    await mkdir(backups());
    await writeFile(join(backups(), 'notes.txt'), 'mine');
    const impossible = 'ascent-2020-02-30T00-00-00Z-daily.ascent-backup';
    await writeFile(join(backups(), impossible), 'not a real date: not ours');
    const keep = { daily: 3, weekly: 2, monthly: 2 };
    for (let day = 1; day <= 31; day++) {
      time.set(`2026-10-${String(day).padStart(2, '0')}T03:00:00Z`);
      expect(
        (await call(channels.backupWrite, trusted, { reason: 'daily', keep, content: bytes(day) }))
          .ok,
      ).toBe(true);
    }
    time.set('2026-11-01T03:00:00Z'); // a Sunday, and a new month
    await call(channels.backupWrite, trusted, { reason: 'start', keep, content: bytes(99) });
    // Days: Nov 1, Oct 31, Oct 30. Weeks: this one (Oct 26 – Nov 1), the one before (its
    // Sunday, Oct 25). Months: November, October (its last day, Oct 31).
    expect((await readdir(backups())).sort()).toEqual([
      impossible,
      'ascent-2026-10-25T03-00-00Z-daily.ascent-backup',
      'ascent-2026-10-30T03-00-00Z-daily.ascent-backup',
      'ascent-2026-10-31T03-00-00Z-daily.ascent-backup',
      'ascent-2026-11-01T03-00-00Z-start.ascent-backup',
      'notes.txt',
    ]);
    const listed = value<BackupFileInfo[]>(await call(channels.backupList, trusted));
    expect(listed.map((i) => i.createdAt.slice(0, 10))).toEqual([
      '2026-11-01',
      '2026-10-31',
      '2026-10-30',
      '2026-10-25',
    ]);
  });

  it('answers FAILED and deletes nothing when the disk refuses the write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const time = clock('2026-11-20T10:00:00Z');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    let diskFull = false;
    const { call } = setup(tempDir(), {
      now: time.now,
      writeBackup: async (path, data) => {
        if (diskFull) throw full;
        await writeFile(path, data);
      },
    });
    await call(channels.backupWrite, trusted, { reason: 'daily', content: bytes(1) });
    time.set('2026-11-22T10:00:00Z');
    diskFull = true;
    const before = await readdir(backups());
    const result = await call(channels.backupWrite, trusted, {
      reason: 'daily',
      keep: { daily: 1, weekly: 0, monthly: 0 },
      content: bytes(2),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'FAILED', message: expect.stringMatching(/disk is full/i) },
    });
    expect(await readdir(backups())).toEqual(before);
  });

  it('answers FAILED when the backups folder cannot be created', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = setup(tempDir());
    await writeFile(backups(), 'a file where the folder should be');
    expect(
      await call(channels.backupWrite, trusted, { reason: 'daily', content: bytes(1) }),
    ).toMatchObject({ ok: false, error: { code: 'FAILED' } });
  });

  it('removes temporary files of writes that died, and nothing else', async () => {
    const { call } = setup(tempDir(), clock('2026-11-22T12:00:00Z'));
    await mkdir(backups());
    const dead = '.ascent-2026-11-22T10-00-00Z-daily.ascent-backup.0123456789ab.tmp';
    const recent = '.ascent-2026-11-22T11-30-00Z-daily.ascent-backup.0123456789ab.tmp';
    const foreign = '.notes.txt.0123456789ab.tmp';
    for (const name of [dead, recent, foreign]) await writeFile(join(backups(), name), 'x');
    await call(channels.backupWrite, trusted, { reason: 'daily', content: bytes(1) });
    const left = await readdir(backups());
    expect(left).toContain(recent);
    expect(left).toContain(foreign);
    expect(left).not.toContain(dead);
  });

  it('removes the short-named temporary files of writes that died, once an hour old', async () => {
    const { call } = setup(tempDir(), clock('2026-11-22T12:00:00Z'));
    await mkdir(backups());
    const dead = '.ascent-0123456789abcdef.tmp';
    const recent = '.ascent-fedcba9876543210.tmp';
    const folder = '.ascent-00000000aaaaaaaa.tmp';
    for (const name of [dead, recent]) await writeFile(join(backups(), name), 'x');
    await mkdir(join(backups(), folder));
    await utimes(
      join(backups(), dead),
      new Date('2026-11-22T10:59:00Z'),
      new Date('2026-11-22T10:59:00Z'),
    );
    await utimes(
      join(backups(), recent),
      new Date('2026-11-22T11:30:00Z'),
      new Date('2026-11-22T11:30:00Z'),
    );
    await utimes(
      join(backups(), folder),
      new Date('2026-11-01T00:00:00Z'),
      new Date('2026-11-01T00:00:00Z'),
    );
    await call(channels.backupWrite, trusted, { reason: 'daily', content: bytes(1) });
    const left = await readdir(backups());
    expect(left).toContain(recent);
    expect(left).toContain(folder);
    expect(left).not.toContain(dead);
  });

  it('lists nothing before the first backup', async () => {
    expect(await setup(tempDir()).call(channels.backupList, trusted)).toEqual({
      ok: true,
      value: [],
    });
  });

  it('lists and reads only regular files that carry a backup name', async () => {
    const { call } = setup(tempDir(), clock('2026-11-22T12:00:00Z'));
    const real = value<BackupFileInfo>(
      await call(channels.backupWrite, trusted, { reason: 'manual', content: bytes(7) }),
    );
    await writeFile(join(tempDir(), 'secret.txt'), 'outside the backups folder');
    const linked = 'ascent-2026-11-22T11-00-00Z-daily.ascent-backup';
    const folder = 'ascent-2026-11-22T10-00-00Z-daily.ascent-backup';
    await symlink(join(tempDir(), 'secret.txt'), join(backups(), linked));
    await mkdir(join(backups(), folder));
    await writeFile(join(backups(), 'readme.txt'), 'x');
    expect(value<BackupFileInfo[]>(await call(channels.backupList, trusted))).toEqual([real]);
    for (const fileName of [linked, folder, 'ascent-2026-01-01T00-00-00Z-daily.ascent-backup']) {
      expect(await call(channels.backupRead, trusted, { fileName })).toEqual({
        ok: false,
        error: { code: 'FAILED', message: 'That backup is no longer there.' },
      });
    }
  });
});
