import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { setup, trusted, useTempDir } from './ipc-fixture';

const tempDir = useTempDir();

describe('happy paths', () => {
  it('app info reports names and versions', async () => {
    expect(await setup(tempDir()).call(channels.appInfo, trusted)).toEqual({
      ok: true,
      value: {
        name: 'Ascent',
        version: '0.1.0',
        electron: '45.4.1',
        chrome: '140',
        platform: 'linux',
      },
    });
  });

  it('save asks where, writes the text atomically and returns only the file name', async () => {
    const { call, showSaveDialog } = setup(tempDir());
    const filters = [{ name: 'Backup', extensions: ['json'] }];
    const result = await call(channels.saveFile, trusted, {
      suggestedName: 'ascent-backup.json',
      filters,
      content: '{"v":1}',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'out.json' } });
    expect(showSaveDialog).toHaveBeenCalledWith(trusted, {
      defaultPath: join('/home/user/Documents', 'ascent-backup.json'),
      filters,
    });
    expect(await readFile(join(tempDir(), 'out.json'), 'utf8')).toBe('{"v":1}');
    expect(await readdir(tempDir())).toEqual(['out.json']); // no temporary file left behind
  });

  it('save writes bytes and replaces an existing file completely', async () => {
    const { call } = setup(tempDir());
    await writeFile(join(tempDir(), 'out.json'), 'a much longer previous content');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    expect(
      (await call(channels.saveFile, trusted, { suggestedName: 'report.pdf', content: bytes })).ok,
    ).toBe(true);
    expect(new Uint8Array(await readFile(join(tempDir(), 'out.json')))).toEqual(bytes);
  });

  it('save does nothing when the user cancels', async () => {
    const { call, showSaveDialog } = setup(tempDir());
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(
      await call(channels.saveFile, trusted, { suggestedName: 'a.json', content: 'x' }),
    ).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(tempDir())).toEqual([]);
  });

  it('save answers FAILED, not a throw, when the folder is gone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, showSaveDialog } = setup(tempDir());
    showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(tempDir(), 'missing', 'x.json'),
    });
    expect(
      await call(channels.saveFile, trusted, { suggestedName: 'a.json', content: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'FAILED' } });
  });

  it('open reads back what save wrote', async () => {
    const { call, showOpenDialog } = setup(tempDir());
    await call(channels.saveFile, trusted, { suggestedName: 'a.json', content: 'héllo' });
    showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(tempDir(), 'out.json')],
    });
    const result = await call(channels.openFile, trusted, {
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { opened: true, fileName: 'out.json', content: new TextEncoder().encode('héllo') },
    });
  });

  it('open enforces maxBytes to the byte', async () => {
    const { call } = setup(tempDir());
    await writeFile(join(tempDir(), 'in.json'), '0123456789');
    expect(await call(channels.openFile, trusted, { maxBytes: 9 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    const exact = await call(channels.openFile, trusted, { maxBytes: 10 });
    expect(exact.ok && (exact.value as { content: Uint8Array }).content.byteLength).toBe(10);
  });

  it('open does nothing when the user cancels', async () => {
    const { call, showOpenDialog } = setup(tempDir());
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(channels.openFile, trusted, {})).toEqual({
      ok: true,
      value: { opened: false },
    });
  });

  it('open refuses a folder with what to do, and answers FAILED for a missing file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, showOpenDialog } = setup(tempDir());
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [tempDir()] });
    expect(await call(channels.openFile, trusted, {})).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED',
        message: 'That is not a file Ascent can open. Choose another file.',
      },
    });
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(tempDir(), 'nope')] });
    expect(await call(channels.openFile, trusted, {})).toMatchObject({
      ok: false,
      error: { code: 'FAILED' },
    });
  });

  it('openExternal hands a safe https link to the system browser', async () => {
    const { call, openExternal } = setup(tempDir());
    expect(
      await call(channels.openExternal, trusted, { url: 'https://www.pmi.org/certifications' }),
    ).toEqual({ ok: true, value: undefined });
    expect(openExternal).toHaveBeenCalledWith('https://www.pmi.org/certifications');
  });

  it('openExternal answers FAILED when the system cannot open it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, openExternal } = setup(tempDir());
    openExternal.mockRejectedValueOnce(new Error('no handler'));
    expect(
      await call(channels.openExternal, trusted, { url: 'https://example.com/' }),
    ).toMatchObject({ ok: false, error: { code: 'FAILED' } });
  });
});
