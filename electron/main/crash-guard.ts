/**
 * The page stopped (its renderer process crashed or was killed, for example out of memory
 * while unzipping a very large backup) or stopped answering: without this the window just
 * goes blank or freezes without a word. Say what happened and what is safe — every save is
 * already in the database; only typing not yet saved is gone — and offer to reload the page.
 */
import type { BrowserWindow, MessageBoxSyncOptions, RenderProcessGoneDetails } from 'electron';

export interface CrashDialog {
  showMessageBoxSync(window: BrowserWindow, options: MessageBoxSyncOptions): number;
}

export const goneQuestion: MessageBoxSyncOptions = {
  type: 'error',
  buttons: ['Reload Ascent', 'Close the window'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Ascent stopped',
  message: 'Ascent’s window stopped unexpectedly.',
  detail:
    'Everything you had saved is kept. Anything typed but not yet saved is lost. Reload to carry on.',
};

export const unresponsiveQuestion: MessageBoxSyncOptions = {
  type: 'warning',
  buttons: ['Wait', 'Reload Ascent'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Ascent is not responding',
  message: 'Ascent is taking a long time to respond.',
  detail:
    'It may be working through a large file. Wait for it, or reload: everything you had saved is kept, anything typed but not yet saved is lost.',
};

/** A renderer that ended on its own (the window closing) is not a crash. */
const ENDED_NORMALLY: readonly RenderProcessGoneDetails['reason'][] = ['clean-exit'];

export function recoverFromCrashes(window: BrowserWindow, dialog: CrashDialog): void {
  const { webContents } = window;
  // A reload the person asked for while the page hung ends its process first: not a crash.
  let restarting = false;
  webContents.on('render-process-gone', (_event, details) => {
    if (restarting) {
      restarting = false;
      return;
    }
    if (ENDED_NORMALLY.includes(details.reason) || window.isDestroyed()) return;
    if (dialog.showMessageBoxSync(window, goneQuestion) === 0) webContents.reload();
    else window.close();
  });
  window.on('unresponsive', () => {
    if (window.isDestroyed()) return;
    if (dialog.showMessageBoxSync(window, unresponsiveQuestion) !== 1) return;
    // A hung page cannot be reloaded in its own process (Electron's documented way out).
    restarting = true;
    webContents.forcefullyCrashRenderer();
    webContents.reload();
  });
}
