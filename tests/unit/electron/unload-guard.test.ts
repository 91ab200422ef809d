import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { askBeforeDiscarding, discardQuestion } from '../../../electron/main/unload-guard';

/** A window whose page refused to unload, and a dialog that answers `choice`. */
function refusedUnload(choice: number) {
  let listener: ((event: { preventDefault: () => void }) => void) | null = null;
  const window = {
    webContents: {
      on: (name: string, l: typeof listener) => {
        if (name === 'will-prevent-unload') listener = l;
      },
    },
  } as unknown as BrowserWindow;
  const dialog = { showMessageBoxSync: vi.fn(() => choice) };
  askBeforeDiscarding(window, dialog);
  const event = { preventDefault: vi.fn() };
  listener!(event);
  return { dialog, event, window };
}

describe('closing with unsaved changes', () => {
  it('asks, and "Leave and discard" lets the window close', () => {
    const { dialog, event, window } = refusedUnload(0);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, discardQuestion);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('"Stay" (also Escape) keeps the window and the changes', () => {
    const { event } = refusedUnload(1);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(discardQuestion.cancelId).toBe(1);
    expect(discardQuestion.buttons?.[1]).toBe('Stay');
  });
});
