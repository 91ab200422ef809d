/**
 * Automatic backups hold all of the user's records: on POSIX systems each backup file is the
 * user's alone (0o600) and so is the folder (0o700), whatever the umask gave and whatever the
 * folder had before. (Windows has no such permissions: the user's profile folder is private.)
 */
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FILE_MODE,
  BACKUP_FOLDER_MODE,
  createBackupStore,
} from '../../../electron/main/backups/store';
import { writeFileAtomic } from '../../../electron/main/file-io';
import { useTempDir } from './ipc-fixture';

const tempDir = useTempDir();
const keep = { daily: 7, weekly: 4, monthly: 12 };
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(process.platform === 'win32')('backup permissions (POSIX)', () => {
  it('are owner-only: 0o600 for the files and 0o700 for the folder', () => {
    expect(BACKUP_FILE_MODE).toBe(0o600);
    expect(BACKUP_FOLDER_MODE).toBe(0o700);
  });

  it('a backup is written readable and writable by the user only', async () => {
    const store = createBackupStore({ userDataDir: tempDir });
    const folder = join(tempDir(), 'backups');
    for (const reason of ['start', 'manual'] as const) {
      const info = await store.write(reason, keep, new Uint8Array([1, 2, 3]));
      expect(await modeOf(join(folder, info.fileName))).toBe(0o600);
    }
    expect(await modeOf(folder)).toBe(0o700);
  });

  it('a backup folder open to others (made by hand, or by another tool) is made private', async () => {
    const folder = join(tempDir(), 'backups');
    await mkdir(folder);
    await chmod(folder, 0o755);
    const info = await createBackupStore({ userDataDir: tempDir }).write(
      'daily',
      keep,
      new Uint8Array([1]),
    );
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(join(folder, info.fileName))).toBe(0o600);
  });

  it('the user-data folder around it is left as it was', async () => {
    await chmod(tempDir(), 0o755);
    await createBackupStore({ userDataDir: tempDir }).write('daily', keep, new Uint8Array([1]));
    expect(await modeOf(tempDir())).toBe(0o755);
  });
});

describe.skipIf(process.platform === 'win32')('writeFileAtomic with a mode (POSIX)', () => {
  it('writes a new file with the mode asked for', async () => {
    const target = join(tempDir(), 'private.bin');
    await writeFileAtomic(target, new Uint8Array([1]), { mode: 0o600 });
    expect(await modeOf(target)).toBe(0o600);
  });

  it('replaces a file open to others with a private one', async () => {
    const target = join(tempDir(), 'private.bin');
    await writeFile(target, 'old');
    await chmod(target, 0o644);
    await writeFileAtomic(target, 'new', { mode: 0o600 });
    expect(await modeOf(target)).toBe(0o600);
  });

  it('without a mode, a replaced file keeps its own, as every chosen file does', async () => {
    const target = join(tempDir(), 'shared.csv');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect(await modeOf(target)).toBe(0o640);
  });
});
