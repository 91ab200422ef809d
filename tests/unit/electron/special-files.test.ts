/**
 * A chosen or stored path that is not a regular file: a named pipe (FIFO) made a plain open
 * wait for a writer forever, so the Open dialog's request never answered and a pipe planted
 * as the storage marker stopped the start-up check. Each is refused at once instead, and the
 * Open dialog says what to do without naming the path.
 */
import { spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { readFileLimited } from '../../../electron/main/file-io';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();
const posix = process.platform !== 'win32';

function makeFifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
}

/**
 * The promise's outcome, or 'hung' when it has not settled within `ms`. A read still waiting
 * on the pipe is then released (a writer opens and closes it) so no thread is left blocked.
 */
async function settle<T>(
  fifo: string,
  promise: Promise<T>,
  ms = 1500,
): Promise<{ value: T } | { error: unknown } | 'hung'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<'hung'>((resolve) => {
      timer = setTimeout(() => resolve('hung'), ms);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === 'hung') {
    const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
    await writer?.close();
    await promise.catch(() => undefined);
  }
  return outcome;
}

describe.runIf(posix)('paths that are not regular files', () => {
  it('readFileLimited refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = join(tempDir(), 'pipe.json');
    makeFifo(fifo);
    const outcome = await settle(fifo, readFileLimited(fifo, 1024));
    expect(outcome).not.toBe('hung');
    expect(outcome).toHaveProperty('error');
  });

  it('the Open dialog answers a chosen pipe with what to do, not the path', async () => {
    const fifo = join(tempDir(), 'in.json'); // the fixture's dialog picks this name
    makeFifo(fifo);
    const outcome = await settle(fifo, setup(tempDir()).call(channels.openFile, trusted, {}));
    expect(outcome).not.toBe('hung');
    const result = (outcome as { value: unknown }).value as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('NOT_ALLOWED');
    expect(result.error.message).toMatch(/not a file Ascent can open/);
    expect(result.error.message).toMatch(/Choose another file/);
    expect(result.error.message).not.toContain(tempDir());
  });

  it('a pipe in place of the storage marker reads as no marker, and start-up goes on', async () => {
    const fifo = join(tempDir(), 'storage-marker.json');
    makeFifo(fifo);
    const outcome = await settle(fifo, setup(tempDir()).call(channels.markerRead, trusted));
    expect(outcome).toEqual({ value: { ok: true, value: null } });
  });
});
