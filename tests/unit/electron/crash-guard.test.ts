// The page's process crashed or hung: the window used to go blank or freeze without a word.
// Main now says what happened and what is safe, and offers to reload.
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  goneQuestion,
  recoverFromCrashes,
  unresponsiveQuestion,
} from '../../../electron/main/crash-guard';

type Listener = (...args: unknown[]) => void;

/** A window whose dialog answers `choice`, with its page's and its own listeners. */
function guardedWindow(choice: number) {
  const page = new Map<string, Listener>();
  const own = new Map<string, Listener>();
  const webContents = {
    on: (name: string, l: Listener) => page.set(name, l),
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
  };
  const window = {
    webContents,
    on: (name: string, l: Listener) => own.set(name, l),
    isDestroyed: () => false,
    close: vi.fn(),
  } as unknown as BrowserWindow & { close: ReturnType<typeof vi.fn> };
  const dialog = { showMessageBoxSync: vi.fn(() => choice) };
  recoverFromCrashes(window, dialog);
  const gone = (reason: string) => page.get('render-process-gone')!({}, { reason, exitCode: 1 });
  const hang = () => own.get('unresponsive')!();
  return { window, webContents, dialog, gone, hang };
}

describe('the page crashed', () => {
  it('says so, and "Reload Ascent" reloads the page', () => {
    const { window, webContents, dialog, gone } = guardedWindow(0);
    gone('crashed');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, goneQuestion);
    expect(goneQuestion.detail).toContain('Everything you had saved is kept');
    expect(webContents.reload).toHaveBeenCalledOnce();
    expect(window.close).not.toHaveBeenCalled();
  });

  it('"Close the window" closes it', () => {
    const { window, webContents, gone } = guardedWindow(1);
    gone('oom');
    expect(window.close).toHaveBeenCalledOnce();
    expect(webContents.reload).not.toHaveBeenCalled();
  });

  it('a page that ended normally (the window closing) is not a crash', () => {
    const { dialog, gone } = guardedWindow(0);
    gone('clean-exit');
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });
});

describe('the page stopped responding', () => {
  it('"Wait" leaves it alone', () => {
    const { window, webContents, dialog, hang } = guardedWindow(0);
    hang();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, unresponsiveQuestion);
    expect(webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(webContents.reload).not.toHaveBeenCalled();
  });

  it('"Reload Ascent" ends the hung process and reloads, without a second question', () => {
    const { webContents, dialog, hang, gone } = guardedWindow(1);
    hang();
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(webContents.reload).toHaveBeenCalledOnce();
    // The process it ended reports itself gone: that is the reload, not a crash to ask about.
    gone('killed');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledOnce();
    // A later crash is asked about again.
    gone('crashed');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
  });
});
