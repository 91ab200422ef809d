/**
 * Closing the window or quitting while a form has unsaved changes: the page refuses to
 * unload (its beforeunload guard, renderer/src/components/unsaved-changes.ts), and Electron
 * then cancels the close without a word. Ask here instead, as a browser would: leaving
 * discards the changes, staying keeps the window open to save them.
 */
import type { BrowserWindow, MessageBoxSyncOptions } from 'electron';

export interface UnloadDialog {
  showMessageBoxSync(window: BrowserWindow, options: MessageBoxSyncOptions): number;
}

export const discardQuestion: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Leave and discard', 'Stay'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
  title: 'Discard your changes?',
  message: 'You have changes that are not saved.',
  detail: 'If you leave now they are lost. Stay to save them first.',
};

export function askBeforeDiscarding(window: BrowserWindow, dialog: UnloadDialog): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // Preventing the default of this event lets the page unload after all.
    if (dialog.showMessageBoxSync(window, discardQuestion) === 0) event.preventDefault();
  });
}
