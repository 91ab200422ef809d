import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';

const fake = vi.hoisted(() => {
  const owner = { id: 'owner-window' };
  const paths = { userData: '' };
  const notificationShow = vi.fn();
  return {
    owner,
    notificationShow,
    paths,
    handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
    electron: {
      app: {
        getName: () => 'Ascent',
        getVersion: () => '1.2.3',
        getPath: vi.fn((name: string) => (name === 'userData' ? paths.userData : '/docs')),
      },
      BrowserWindow: { fromWebContents: vi.fn((sender: unknown) => (sender ? owner : null)) },
      dialog: {
        showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true })),
        showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] })),
      },
      shell: { openExternal: vi.fn(async (_url: string) => undefined) },
      ipcMain: { handle: vi.fn() },
      Notification: Object.assign(
        vi.fn(function (this: { show: () => void }, _options: unknown) {
          this.show = notificationShow;
        }),
        { isSupported: vi.fn(() => true) },
      ),
    },
  };
});
vi.mock('electron', () => fake.electron);

const { registerIpc } = await import('../../../electron/main/ipc/index');

describe('registerIpc (real Electron wiring, faked)', () => {
  beforeEach(async () => {
    vi.clearAllMocks();
    fake.paths.userData = await mkdtemp(join(tmpdir(), 'ascent-wiring-'));
    fake.electron.ipcMain.handle.mockImplementation((channel: string, fn: never) =>
      fake.handlers.set(channel, fn),
    );
    registerIpc(
      (url) => url.startsWith('app://ascent/'),
      (url) => fake.electron.shell.openExternal(url),
    );
  });

  afterEach(() => rm(fake.paths.userData, { recursive: true, force: true }));

  const app = (sender: unknown) => ({ senderFrame: { url: 'app://ascent/' }, sender });

  it('registers every contract channel on ipcMain', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(channels).sort());
  });

  it('parents the save dialog to the sending window and starts in Documents', async () => {
    const result = await fake.handlers.get(channels.saveFile)!(app({}), {
      suggestedName: 'b.json',
      content: 'x',
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    const [owner, options] = fake.electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(owner).toBe(fake.owner);
    expect(options).toMatchObject({
      defaultPath: expect.stringMatching(/docs[\\/]b\.json$/),
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
  });

  it('prints the report from the sending page with its own @page size, then asks where', async () => {
    const printToPDF = vi.fn(async (..._args: unknown[]) => new Uint8Array([0x25, 0x50]));
    const result = await fake.handlers.get(channels.reportPrintPdf)!(app({ printToPDF }), {
      pageSize: 'Letter',
      suggestedName: 'report.pdf',
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
    });
    const [owner, options] = fake.electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(owner).toBe(fake.owner);
    expect(options).toMatchObject({ defaultPath: expect.stringMatching(/docs[\\/]report\.pdf$/) });
  });

  it('shows a study reminder with Electron’s Notification', async () => {
    const result = await fake.handlers.get(channels.notifyShow)!(app({}), {
      title: 'PMP exam in 3 days',
      body: 'Tuesday',
    });
    expect(result).toEqual({ ok: true, value: true });
    expect(fake.electron.Notification).toHaveBeenCalledWith({
      title: 'PMP exam in 3 days',
      body: 'Tuesday',
      silent: false,
    });
    expect(fake.notificationShow).toHaveBeenCalledTimes(1);
  });

  it('opens one file only', async () => {
    await fake.handlers.get(channels.openFile)!(app(undefined), {});
    const [options] = fake.electron.dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({ properties: ['openFile'] });
  });

  it('reports the app version and opens https links with the shell', async () => {
    expect(await fake.handlers.get(channels.appInfo)!(app({}))).toMatchObject({
      ok: true,
      value: { name: 'Ascent', version: '1.2.3' },
    });
    await fake.handlers.get(channels.openExternal)!(app({}), { url: 'https://example.com' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('keeps backups and the storage marker in the user-data folder', async () => {
    const written = await fake.handlers.get(channels.backupWrite)!(app({}), {
      reason: 'start',
      content: new Uint8Array([1]),
    });
    expect(written).toMatchObject({ ok: true });
    await fake.handlers.get(channels.markerWrite)!(app({}), {
      hasRecords: false,
      updatedAt: '2026-11-22T10:15:03Z',
      appVersion: '1.2.3',
    });
    expect((await readdir(fake.paths.userData)).sort()).toEqual(['backups', 'storage-marker.json']);
    const { value } = written as { value: { fileName: string } };
    expect(await readdir(join(fake.paths.userData, 'backups'))).toEqual([value.fileName]);
  });
});
