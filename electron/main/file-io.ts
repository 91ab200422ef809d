/**
 * Careful file reading and writing for user data: a save never leaves a half-written file
 * behind (a crash or full disk keeps the previous version intact), and a read never loads
 * more than the caller agreed to hold in memory.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** "512 MB", "64 KB", "5 bytes": a limit as the renderer says sizes (1 MB = 1024 KB). */
export function limitText(bytes: number): string {
  const one = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= 1024 ** 2) return `${one(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** Its message is shown to the user as it is (after "The file could not be opened:"). */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(
      `The file is larger than ${limitText(maxBytes)}, the most Ascent can open. ` +
        'Choose another file.',
    );
    this.name = 'FileTooLargeError';
  }
}

/**
 * Its message is shown to the user as it is: the chosen path is a folder, a device or a named
 * pipe, which holds no file to open.
 */
export class NotAFileError extends Error {
  constructor() {
    super('That is not a file Ascent can open. Choose another file.');
    this.name = 'NotAFileError';
  }
}

async function existingMode(path: string): Promise<number> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return 0o666; // a new file: the process umask decides, as for any other save
  }
}

/** Flushes the directory entry so the rename itself survives a power cut (POSIX only). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on directories; the data itself is already flushed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The name of writeFileAtomic's temporary file: `.ascent-<16 hex>.tmp`, 28 characters whatever
 * the target is called, so any name the file system takes (up to 255 bytes) can be saved.
 */
export const TEMP_FILE_PATTERN = /^\.ascent-[0-9a-f]{16}\.tmp$/;

export interface WriteOptions {
  /**
   * The file's permissions, whatever an earlier file of that name had (POSIX: the umask can
   * only take some away; Windows keeps only "read-only or not"). Without it a new file gets
   * the umask's and a replaced file keeps its own.
   */
  mode?: number;
}

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder (same file
 * system, so rename is atomic), written, flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.ascent-${randomBytes(8).toString('hex')}.tmp`);
  const mode = options.mode ?? (await existingMode(target));
  let handle: FileHandle | undefined;
  try {
    // 'wx' fails if the name exists: never follow or clobber something planted there.
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Opening a named pipe (FIFO) for reading waits for a writer, possibly forever: the Open
 * dialog's request would never answer, and a pipe in place of the storage marker would stop
 * start-up. Non-blocking, it opens at once and the stat below refuses it; a regular file
 * reads as ever (the flag means nothing for one). Windows has neither the flag nor the trap.
 */
const READ_FLAGS = process.platform === 'win32' ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Reads a regular file, refusing anything over `maxBytes` (FileTooLargeError) and anything
 * that is not a regular file (NotAFileError), without waiting on a pipe or device.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotAFileError();
    if (info.size > maxBytes) throw new FileTooLargeError(maxBytes);
    // Read in chunks until EOF rather than trusting the size: the file may grow meanwhile.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes - total + 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const content = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      content.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return content;
  } finally {
    await handle.close();
  }
}
