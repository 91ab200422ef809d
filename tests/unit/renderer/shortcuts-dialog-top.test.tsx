// Help → Keyboard shortcuts ("?") opens at its top: its title takes the focus, so the first
// group is what a reader meets first and the dialog is not scrolled down to a button at its
// foot. Close stays reachable from the keyboard, in a footer outside the scrolling list, and
// closing puts the focus back where it was.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandLayer } from '../../../renderer/src/app/command-palette/CommandLayer';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

// jsdom's <dialog> has no close(): the browser's, as far as this test needs it, taken away
// again afterwards (the files share one window).
beforeEach(() => {
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => {
  cleanup();
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
});

function show() {
  render(
    <PlatformProvider platform={fakePlatform(null)}>
      <CommandLayer onAbout={() => undefined} />
    </PlatformProvider>,
  );
}

const focusedText = () => {
  const el = document.activeElement;
  return el && el !== document.body ? `${el.tagName.toLowerCase()}: ${el.textContent}` : 'page';
};

describe('the Keyboard shortcuts dialog', () => {
  it('opens with its title in focus, the first group first, and Close in a footer', async () => {
    show();
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(focusedText()).toBe('h2: Keyboard shortcuts'));

    // Nothing below the title asks for the focus when it opens.
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close.hasAttribute('autofocus')).toBe(false);
    // The groups scroll on their own, reachable from the keyboard; Close is after them, not
    // inside the scrolling part, so it stays in view.
    const list = within(dialog).getByRole('region', { name: 'All keyboard shortcuts' });
    expect(list.tabIndex).toBe(0);
    const captions = [...list.querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions[0]).toBe('Anywhere');
    expect(list.contains(close)).toBe(false);
    expect(list.compareDocumentPosition(close) & Node.DOCUMENT_POSITION_FOLLOWING).not.toBe(0);

    // Closed (Escape or Close both close the native dialog): focus goes back to the opener.
    (dialog as HTMLDialogElement).close();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull(),
    );
    expect(document.activeElement).toBe(opener);
  });
});
