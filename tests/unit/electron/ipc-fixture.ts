/** Shared set-up for the IPC channel tests: real handlers, fake dialogs and shell. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import { wrapHandler, type ChannelName } from '../../../electron/main/ipc/handle';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { isAppUrl } from '../../../electron/main/security';

export const trusted = { senderFrame: { url: 'app://ascent/' }, sender: {} };
export const evil = { senderFrame: { url: 'https://evil.example/' }, sender: {} };

/** A fresh temporary folder per test; the returned getter reads the current one. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascent-ipc-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
}

export interface SetupOptions {
  /** The clock the backup channels see (default: the real one). */
  now?: () => Date;
  /** Replaces the atomic write of backup files (to make the disk fail). */
  writeBackup?: (path: string, data: Uint8Array) => Promise<void>;
}

/** Real handlers; dialogs point into `dir`, and `dir` is also the user-data folder. */
export function setup(dir: string, options: SetupOptions = {}) {
  const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: join(dir, 'out.json') }));
  const showOpenDialog = vi.fn(async () => ({
    canceled: false,
    filePaths: [join(dir, 'in.json')],
  }));
  const openExternal = vi.fn(async () => undefined);
  const showNotification = vi.fn((_n: { title: string; body: string }) => undefined);
  const printToPdf = vi.fn(async (_event: unknown, _options: { pageSize: string }) =>
    new TextEncoder().encode('%PDF-1.7 report'),
  );
  const handlers = createIpcHandlers({
    appInfo: {
      name: 'Ascent',
      version: '0.1.0',
      versions: { electron: '45.4.1', chrome: '140' },
      platform: 'linux',
    },
    files: {
      defaultDir: () => '/home/user/Documents',
      dialogs: { showSaveDialog, showOpenDialog },
    },
    links: { openExternal },
    backups: { userDataDir: () => dir, now: options.now, writeFile: options.writeBackup },
    report: { printToPdf },
    notify: { isSupported: () => true, show: showNotification },
  });
  const call = (channel: ChannelName, event: unknown, ...args: unknown[]) => {
    const def = handlers.find((h) => h.channel === channel)!;
    return wrapHandler(def, (url) => isAppUrl(url))(event, ...args) as Promise<IpcResult<unknown>>;
  };
  return { call, showSaveDialog, showOpenDialog, openExternal, printToPdf, showNotification };
}
