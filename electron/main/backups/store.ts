/**
 * The automatic-backup folder, `<userData>/backups`: write (atomically, then rotate), list
 * and read back. Every operation runs one at a time through a queue, so two writes in the
 * same second cannot pick the same name and a listing never sees a rotation half done (the
 * single-instance lock means no other process writes here).
 */
import { chmod, lstat, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/backup-limits';
import type { BackupFileInfo, BackupReason, RotationPolicy } from '../../../shared/ipc/contract';
import { TEMP_FILE_PATTERN, readFileLimited, writeFileAtomic } from '../file-io';
import {
  MAX_SEQUENCE,
  compareNewestFirst,
  formatBackupName,
  parseBackupName,
  type ParsedBackupName,
} from './naming';
import { filesToDelete, keptWhateverThePolicy } from './rotation';

/** The same ceiling the contract puts on a backup's content (512 MiB, shared/backup-limits). */
export const MAX_BACKUP_BYTES = MAX_FILE_BYTES;
export const BACKUP_FOLDER = 'backups';

/**
 * Backups hold all of the user's records: the folder and every backup in it are the user's
 * alone (POSIX permissions; on Windows the user's profile folder they sit in is private).
 */
export const BACKUP_FOLDER_MODE = 0o700;
export const BACKUP_FILE_MODE = 0o600;

/**
 * Makes an existing folder (made by hand, restored from elsewhere, or with other permissions
 * for any reason) the user's alone again; a new one is made so. A file system that refuses
 * (not the owner, no POSIX permissions) does not stop the backup: a backup written matters
 * more, and the refusal goes to the log.
 */
async function makePrivate(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    if (((await stat(dir)).mode & 0o777) !== BACKUP_FOLDER_MODE) {
      await chmod(dir, BACKUP_FOLDER_MODE);
    }
  } catch (error) {
    console.error('[backups] could not make the backup folder private', error);
  }
}

/** A temporary file left by a write that never finished (crash, power cut) is removed after: */
const STALE_TEMP_MS = 60 * 60 * 1000;
/**
 * `.<backup name>.<12 hex>.tmp`, as writeFileAtomic named its temporary files before it used
 * a short name of its own (TEMP_FILE_PATTERN): such a file may still be left over.
 */
const oldTempPattern = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

export class BackupNotFoundError extends Error {
  constructor(readonly fileName: string) {
    super(`No backup named ${fileName}.`);
    this.name = 'BackupNotFoundError';
  }
}

/** The disk write failed; nothing was rotated. `cause` carries the file system's error. */
export class BackupWriteError extends Error {
  constructor(cause: unknown) {
    super('The backup could not be written.', { cause });
    this.name = 'BackupWriteError';
  }
}

export interface BackupStoreDeps {
  userDataDir: () => string;
  now?: () => Date;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  removeFile?: (path: string) => Promise<void>;
}

export interface BackupStore {
  write(reason: BackupReason, keep: RotationPolicy, content: Uint8Array): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<Uint8Array>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []; // no backup written yet
    throw error;
  }
}

function parsedNames(names: readonly string[]): ParsedBackupName[] {
  return names.map(parseBackupName).filter((p): p is ParsedBackupName => p !== null);
}

/**
 * The backups among `names`: a backup's name on a regular file. A link or a folder carrying
 * such a name is not a backup, so it is never listed, read, counted by rotation or deleted.
 */
async function backupsIn(dir: string, names: readonly string[]) {
  const found: (ParsedBackupName & { size: number })[] = [];
  for (const parsed of parsedNames(names)) {
    const info = await lstat(join(dir, parsed.fileName)).catch(() => null);
    if (info?.isFile()) found.push({ ...parsed, size: info.size });
  }
  return found;
}

/**
 * The temporary files of writes that never finished (a crash, a power cut), older than an
 * hour. A file of the current pattern is as old as its last change (only a regular file is
 * taken for one); one of the old pattern carries its backup's time in its name.
 */
async function staleTempsIn(dir: string, names: readonly string[], at: Date) {
  const stale: string[] = [];
  for (const name of names) {
    let written: number | null = null;
    if (TEMP_FILE_PATTERN.test(name)) {
      const info = await lstat(join(dir, name)).catch(() => null);
      written = info?.isFile() ? info.mtimeMs : null;
    } else {
      const inner = oldTempPattern.exec(name)?.[1];
      const parsed = inner === undefined ? null : parseBackupName(inner);
      written = parsed === null ? null : Date.parse(parsed.createdAt);
    }
    if (written !== null && at.getTime() - written > STALE_TEMP_MS) stale.push(name);
  }
  return stale;
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const now = deps.now ?? (() => new Date());
  const writeFile =
    deps.writeFile ??
    ((path: string, data: Uint8Array) => writeFileAtomic(path, data, { mode: BACKUP_FILE_MODE }));
  const removeFile = deps.removeFile ?? unlink;
  const folder = () => resolve(deps.userDataDir(), BACKUP_FOLDER);

  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Deletes what rotation rejects; a file that cannot be deleted is left for next time. The
   * policy is the page's, so main's floor comes on top: the backup just written and the newest
   * ones from before today, this week and this month are never deleted, whatever it says.
   */
  async function rotate(dir: string, at: Date, keep: RotationPolicy, written: string) {
    const names = await namesIn(dir);
    const backups = await backupsIn(dir, names);
    const floor = keptWhateverThePolicy(backups, at);
    const doomed = filesToDelete(backups, at, keep).filter((n) => n !== written && !floor.has(n));
    const staleTemps = await staleTempsIn(dir, names, at);
    for (const name of [...doomed, ...staleTemps]) {
      await removeFile(join(dir, name)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT')
          console.error(`[backups] could not delete ${name}`, error);
      });
    }
  }

  async function write(reason: BackupReason, keep: RotationPolicy, content: Uint8Array) {
    const dir = folder();
    const at = now();
    let fileName: string;
    try {
      await mkdir(dir, { recursive: true, mode: BACKUP_FOLDER_MODE });
      await makePrivate(dir);
      const second = Math.floor(at.getTime() / 1000) * 1000;
      const sameSecond = parsedNames(await namesIn(dir)).filter(
        (p) => Date.parse(p.createdAt) === second,
      );
      const sequence = 1 + Math.max(0, ...sameSecond.map((p) => p.sequence));
      if (sequence > MAX_SEQUENCE) throw new Error('too many backups in one second');
      fileName = formatBackupName(at, reason, sequence);
      await writeFile(join(dir, fileName), content);
    } catch (error) {
      // Nothing is rotated away when the new backup is not safely on disk.
      throw new BackupWriteError(error);
    }
    try {
      await rotate(dir, at, keep, fileName);
    } catch (error) {
      // The backup itself is written; an old one left over is harmless until next time.
      console.error('[backups] rotation failed', error);
    }
    const parsed = parseBackupName(fileName)!;
    return { fileName, reason, createdAt: parsed.createdAt, size: content.byteLength };
  }

  async function list(): Promise<BackupFileInfo[]> {
    const found = await backupsIn(folder(), await namesIn(folder()));
    return found
      .sort(compareNewestFirst)
      .map(({ fileName, reason, createdAt, size }) => ({ fileName, reason, createdAt, size }));
  }

  async function read(fileName: string): Promise<Uint8Array> {
    const dir = folder();
    const path = resolve(dir, fileName);
    // The contract and the name pattern already rule out separators and dots; this is the
    // last line: whatever the name, the file must sit directly in the backups folder.
    if (parseBackupName(fileName) === null || dirname(path) !== dir) {
      throw new BackupNotFoundError(fileName);
    }
    const info = await lstat(path).catch(() => null);
    if (!info?.isFile()) throw new BackupNotFoundError(fileName);
    return readFileLimited(path, MAX_BACKUP_BYTES);
  }

  return {
    write: (reason, keep, content) => serial(() => write(reason, keep, content)),
    list: () => serial(list),
    read: (fileName) => serial(() => read(fileName)),
  };
}
