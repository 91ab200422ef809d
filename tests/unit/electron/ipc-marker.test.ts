/** The storage marker channels through the IPC wrapper, on a real folder. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

describe('storage marker', () => {
  const marker = { hasRecords: true, updatedAt: '2026-11-22T10:15:03.000Z', appVersion: '0.1.0' };
  const markerPath = () => join(tempDir(), 'storage-marker.json');

  it('reads null before the first write, then what was written', async () => {
    const { call } = setup(tempDir());
    expect(await call(channels.markerRead, trusted)).toEqual({ ok: true, value: null });
    expect(await call(channels.markerWrite, trusted, marker)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await call(channels.markerRead, trusted)).toEqual({ ok: true, value: marker });
    const next = { ...marker, hasRecords: false, appVersion: '0.2.0' };
    await call(channels.markerWrite, trusted, next);
    expect(await call(channels.markerRead, trusted)).toEqual({ ok: true, value: next });
    expect(await readdir(tempDir())).toEqual(['storage-marker.json']); // atomic: no temp left
    expect(JSON.parse(await readFile(markerPath(), 'utf8'))).toEqual(next);
  });

  it.each([
    ['cut-off JSON', '{"hasRecords": true, "updatedAt": "2026-'],
    ['empty', ''],
    ['not JSON', 'hello'],
    ['JSON null', 'null'],
    ['the wrong shape', '{"hasRecords": "yes", "updatedAt": "x", "appVersion": "1"}'],
    ['an extra key', JSON.stringify({ ...marker, extra: 1 })],
    ['too large', JSON.stringify({ ...marker, pad: 'x'.repeat(100_000) })],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ])('reads a marker that is %s as null', async (_name, content) => {
    await writeFile(markerPath(), content);
    expect(await setup(tempDir()).call(channels.markerRead, trusted)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('reads a folder in the marker’s place as null', async () => {
    await mkdir(markerPath());
    expect(await setup(tempDir()).call(channels.markerRead, trusted)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('answers FAILED when the marker cannot be written, and still reads null', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const blocked = join(tempDir(), 'blocked');
    await writeFile(blocked, 'a file where the user-data folder should be');
    const { call } = setup(blocked);
    expect(await call(channels.markerWrite, trusted, marker)).toMatchObject({
      ok: false,
      error: { code: 'FAILED' },
    });
    expect(await call(channels.markerRead, trusted)).toEqual({ ok: true, value: null });
  });

  it('creates the user-data folder if it is missing', async () => {
    const { call } = setup(join(tempDir(), 'not-yet'));
    expect((await call(channels.markerWrite, trusted, marker)).ok).toBe(true);
    expect(await readdir(join(tempDir(), 'not-yet'))).toEqual(['storage-marker.json']);
  });
});
