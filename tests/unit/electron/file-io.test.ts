import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Spy on the real file system calls to check the order: temp file, write, fsync, rename.
const calls: string[] = [];
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (path: string, flags: string, mode?: number) => {
      const handle = await real.open(path, flags, mode);
      calls.push(`open ${path} ${flags}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${path}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      calls.push(`rename ${from} -> ${to}`);
      return real.rename(from, to);
    },
  };
});

const { FileTooLargeError, TEMP_FILE_PATTERN, readFileLimited, writeFileAtomic } =
  await import('../../../electron/main/file-io');

let dir: string;
beforeEach(async () => {
  calls.length = 0;
  dir = await mkdtemp(join(tmpdir(), 'ascent-fileio-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a temp file beside the target, flushes it, then renames it over the target', async () => {
    const target = join(dir, 'backup.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    const [openCall, syncCall, renameCall] = calls;
    const temp = openCall!.split(' ')[1]!;
    expect(dirname(temp)).toBe(dir);
    expect(openCall).toBe(`open ${temp} wx`);
    expect(syncCall).toBe(`sync ${temp}`);
    expect(renameCall).toBe(`rename ${temp} -> ${target}`);
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('replaces a longer existing file completely and keeps its permissions', async () => {
    const target = join(dir, 'report.txt');
    await writeFile(target, 'x'.repeat(1000));
    if (process.platform !== 'win32') await chmod(target, 0o600);
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  // A temporary name longer than the target (it used to be `.<name>.<12 hex>.tmp`) made every
  // name the file system takes but over 237 bytes fail with ENAMETOOLONG.
  it.each([
    ['255 bytes', `${'a'.repeat(251)}.pdf`],
    ['80 Japanese characters (244 bytes)', `${'証'.repeat(80)}.pdf`],
  ])('saves a name of %s, as long as the file system takes', async (_what, name) => {
    const target = join(dir, name);
    await writeFileAtomic(target, 'atomic write');
    expect(await readFile(target, 'utf8')).toBe('atomic write');
    expect(await readdir(dir)).toEqual([name]);
  });

  it('names its temporary file alike whatever the target is called', async () => {
    await writeFileAtomic(join(dir, 'a'), '1');
    await writeFileAtomic(join(dir, `${'b'.repeat(200)}.pdf`), '2');
    const temps = calls
      .filter((c) => c.startsWith('open ') && c.endsWith(' wx'))
      .map((c) => basename(c.split(' ')[1]!));
    expect(temps).toHaveLength(2);
    for (const temp of temps) {
      expect(temp).toMatch(TEMP_FILE_PATTERN);
      expect(temp).toHaveLength(28);
    }
    expect(temps[0]).not.toBe(temps[1]);
  });

  it('on failure keeps the previous content and leaves no temp file', async () => {
    // A non-empty folder in the way makes the final rename fail.
    const target = join(dir, 'in-the-way');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['in-the-way']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

describe('readFileLimited', () => {
  it('reads a file whole', async () => {
    const path = join(dir, 'a.bin');
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => i % 251);
    await writeFile(path, bytes);
    const read = await readFileLimited(path, bytes.byteLength);
    // Buffer.compare: a deep toEqual over millions of elements is needlessly slow.
    expect(Buffer.compare(read, bytes)).toBe(0);
  });

  it('refuses one byte over the limit', async () => {
    const path = join(dir, 'b.bin');
    await writeFile(path, 'abcdef');
    await expect(readFileLimited(path, 5)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(new TextDecoder().decode(await readFileLimited(path, 6))).toBe('abcdef');
  });

  it('says the limit in megabytes and what to do, as the open dialog shows it', async () => {
    expect(new FileTooLargeError(512 * 1024 * 1024).message).toBe(
      'The file is larger than 512 MB, the most Ascent can open. Choose another file.',
    );
    const path = join(dir, 'c.bin');
    await writeFile(path, 'abcdef');
    await expect(readFileLimited(path, 5)).rejects.toThrow(
      'The file is larger than 5 bytes, the most Ascent can open. Choose another file.',
    );
  });

  it('reads an empty file', async () => {
    const path = join(dir, 'empty');
    await writeFile(path, '');
    expect((await readFileLimited(path, 10)).byteLength).toBe(0);
  });

  it('refuses a folder', async () => {
    await expect(readFileLimited(dir, 10)).rejects.toThrow();
  });
});
