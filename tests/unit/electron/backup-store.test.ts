/** The backup folder below the IPC layer: what happens when parts of the disk misbehave. */
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BackupNotFoundError,
  BackupWriteError,
  createBackupStore,
} from '../../../electron/main/backups/store';
import { useTempDir } from './ipc-fixture';

const tempDir = useTempDir();
const keepOne = { daily: 1, weekly: 0, monthly: 0 };
const at = (iso: string) => () => new Date(iso);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup store', () => {
  it('keeps the new backup when an old one cannot be deleted, and says so in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const removeFile = vi.fn(async () => {
      throw Object.assign(new Error('busy'), { code: 'EBUSY' });
    });
    const old = createBackupStore({ userDataDir: tempDir, now: at('2026-11-19T10:00:00Z') });
    const first = await old.write('daily', keepOne, new Uint8Array([1]));
    // The newest backup from before the 22nd: main's floor keeps it whatever the policy.
    const anchor = await createBackupStore({
      userDataDir: tempDir,
      now: at('2026-11-20T10:00:00Z'),
    }).write('daily', keepOne, new Uint8Array([3]));
    const store = createBackupStore({
      userDataDir: tempDir,
      now: at('2026-11-22T10:00:00Z'),
      removeFile,
    });
    const second = await store.write('daily', keepOne, new Uint8Array([2]));
    expect(removeFile).toHaveBeenCalledWith(join(tempDir(), 'backups', first.fileName));
    expect((await readdir(join(tempDir(), 'backups'))).sort()).toEqual([
      first.fileName,
      anchor.fileName,
      second.fileName,
    ]);
    expect(log).toHaveBeenCalled();
  });

  it('a file already gone is no error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const removeFile = vi.fn(async () => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    for (const iso of ['2026-11-19T10:00:00Z', '2026-11-20T10:00:00Z']) {
      // The second is the newest from before today: main's floor keeps it whatever the policy.
      await createBackupStore({ userDataDir: tempDir, now: at(iso) }).write(
        'daily',
        keepOne,
        new Uint8Array([1]),
      );
    }
    const store = createBackupStore({ userDataDir: tempDir, removeFile });
    await store.write('daily', keepOne, new Uint8Array([2]));
    expect(removeFile).toHaveBeenCalledTimes(1);
    expect(log).not.toHaveBeenCalled();
  });

  it('rotation neither counts nor deletes a folder or a link that carries a backup name', async () => {
    const dir = join(tempDir(), 'backups');
    const yesterday = createBackupStore({ userDataDir: tempDir, now: at('2026-11-21T08:00:00Z') });
    const real = await yesterday.write('daily', keepOne, new Uint8Array([1]));
    const folder = 'ascent-2026-11-21T12-00-00Z-daily.ascent-backup';
    const link = 'ascent-2026-11-21T13-00-00Z-daily.ascent-backup';
    await mkdir(join(dir, folder));
    await writeFile(join(tempDir(), 'elsewhere.txt'), 'x');
    await symlink(join(tempDir(), 'elsewhere.txt'), join(dir, link));
    const today = createBackupStore({ userDataDir: tempDir, now: at('2026-11-22T10:00:00Z') });
    const fresh = await today.write(
      'daily',
      { daily: 2, weekly: 0, monthly: 0 },
      new Uint8Array([2]),
    );
    // Had the folder or the link counted as yesterday's newest, the real backup would be gone.
    expect((await readdir(dir)).sort()).toEqual(
      [real.fileName, folder, link, fresh.fileName].sort(),
    );
  });

  it('refuses to write without a readable clock, and writes nothing', async () => {
    const store = createBackupStore({ userDataDir: tempDir, now: () => new Date(NaN) });
    await expect(store.write('daily', keepOne, new Uint8Array([1]))).rejects.toBeInstanceOf(
      BackupWriteError,
    );
    expect(await readdir(join(tempDir(), 'backups'))).toEqual([]);
  });

  it('after the clock went back, keeps both the later-dated backup and the new one', async () => {
    const later = createBackupStore({ userDataDir: tempDir, now: at('2026-11-22T18:00:00Z') });
    const future = await later.write('daily', keepOne, new Uint8Array([1]));
    const store = createBackupStore({ userDataDir: tempDir, now: at('2026-11-22T09:00:00Z') });
    const now = await store.write('daily', keepOne, new Uint8Array([2]));
    expect((await store.list()).map((i) => i.fileName)).toEqual([future.fileName, now.fileName]);
  });

  it('reads only names that resolve directly inside the backups folder', async () => {
    const store = createBackupStore({ userDataDir: tempDir });
    await mkdir(join(tempDir(), 'backups'));
    await writeFile(join(tempDir(), 'storage-marker.json'), '{}');
    for (const name of ['../storage-marker.json', '..', 'storage-marker.json', '']) {
      await expect(store.read(name)).rejects.toBeInstanceOf(BackupNotFoundError);
    }
  });

  it('runs one operation at a time, in the order asked', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = createBackupStore({
      userDataDir: tempDir,
      now: at('2026-11-22T10:00:00Z'),
      writeFile: async (path, data) => {
        order.push('write started');
        await gate;
        await writeFile(path, data);
        order.push('write done');
      },
    });
    const writing = store.write('manual', keepOne, new Uint8Array([1]));
    const listing = store.list().then((list) => {
      order.push(`listed ${list.length}`);
    });
    // Once the write has started (however busy the machine), the list waits for it to end.
    await vi.waitFor(() => expect(order).toContain('write started'), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['write started']);
    release();
    await Promise.all([writing, listing]);
    expect(order).toEqual(['write started', 'write done', 'listed 1']);
  });
});
