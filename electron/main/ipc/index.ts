/**
 * Wires the IPC handlers to Electron's real dialogs, windows and notifications; links go to the
 * opener main passes in (the system browser, rate-limited).
 */
import {
  BrowserWindow,
  Notification,
  app,
  dialog,
  ipcMain,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { registerHandlers, type IpcEventLike } from './handle';
import { createIpcHandlers } from './handlers';

/** The window that sent the request, so dialogs are modal to it rather than free-floating. */
function ownerWindow(event: IpcEventLike): BrowserWindow | null {
  const sender = event.sender as WebContents | undefined;
  return sender ? BrowserWindow.fromWebContents(sender) : null;
}

/**
 * `openExternal` is the system browser behind the rate limit (link-rate-limit.ts): main wires
 * shell.openExternal in one place and gives the same opener to the window-open guard, so both
 * ways a link leaves the app share one limit.
 */
export function registerIpc(
  isTrustedUrl: (url: string) => boolean,
  openExternal: (url: string) => Promise<void>,
): void {
  const handlers = createIpcHandlers({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      versions: process.versions,
      platform: process.platform,
    },
    files: {
      defaultDir: () => app.getPath('documents'),
      dialogs: {
        showSaveDialog: (event, options) => {
          const owner = ownerWindow(event);
          const opts: SaveDialogOptions = {
            ...options,
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          };
          return owner ? dialog.showSaveDialog(owner, opts) : dialog.showSaveDialog(opts);
        },
        showOpenDialog: (event, options) => {
          const owner = ownerWindow(event);
          const opts: OpenDialogOptions = { ...options, properties: ['openFile'] };
          return owner ? dialog.showOpenDialog(owner, opts) : dialog.showOpenDialog(opts);
        },
      },
    },
    links: { openExternal },
    // Backups and the storage marker live beside the app's own data (--user-data-dir in tests).
    backups: { userDataDir: () => app.getPath('userData') },
    // The report prints as laid out by its own @page rules (paper size, margins, page numbers).
    report: {
      printToPdf: (event, { pageSize }) =>
        (event.sender as WebContents).printToPDF({
          pageSize,
          printBackground: true,
          preferCSSPageSize: true,
        }),
    },
    // Study reminders (issue 7 part 4): the operating system's own notification centre.
    notify: {
      isSupported: () => Notification.isSupported(),
      show: ({ title, body }) => new Notification({ title, body, silent: false }).show(),
    },
  });
  registerHandlers(ipcMain, handlers, isTrustedUrl);
}
