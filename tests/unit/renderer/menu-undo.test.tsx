// Edit › Undo on the desktop (menu command 'undo', accelerator Ctrl/⌘+Z): outside a text field
// it runs the Undo on offer, exactly once; in a text field it is the field's own typing undo.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { UndoProvider, useUndo } from '../../../renderer/src/components/undo';

/** The application menu as the renderer sees it: a test "clicks" an item with emit. */
function fakeMenu() {
  const listeners = new Set<(c: MenuCommand) => void>();
  return {
    onMenuCommand(listener: (c: MenuCommand) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: (c: MenuCommand) => listeners.forEach((l) => l(c)),
    listening: () => listeners.size,
  };
}

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return (
    <>
      <input aria-label="Notes" />
      <input type="checkbox" aria-label="Show planned" />
      <select aria-label="Credential">
        <option>PMP</option>
      </select>
      <button type="button">Add activity</button>
    </>
  );
}

let menu: ReturnType<typeof fakeMenu>;
// jsdom has no execCommand; Chromium's 'undo' undoes the focused field's last typing.
const execCommand = vi.fn((_command: string) => true);

beforeEach(() => {
  menu = fakeMenu();
  document.execCommand = execCommand as unknown as typeof document.execCommand;
});
afterEach(() => {
  cleanup();
  execCommand.mockClear();
  Reflect.deleteProperty(document, 'execCommand');
});

function renderPage() {
  render(
    <UndoProvider menu={menu}>
      <Page />
    </UndoProvider>,
  );
}

const status = () => screen.getByRole('status').textContent;
const focus = (el: HTMLElement) => {
  el.focus();
  expect(document.activeElement).toBe(el);
};

describe('Edit › Undo from the desktop menu', () => {
  it('with focus on a button, runs the Undo on offer and the toast goes', async () => {
    const undo = vi.fn(async () => {});
    renderPage();
    act(() => offer('Deleted “Risk course”.', undo));
    expect(status()).toContain('Deleted “Risk course”.');
    focus(screen.getByRole('button', { name: 'Add activity' }));

    await act(async () => menu.emit('undo'));

    expect(undo).toHaveBeenCalledTimes(1);
    expect(status()).not.toContain('Deleted “Risk course”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('with focus in a text field, undoes the typing there and keeps the Undo on offer', async () => {
    const undo = vi.fn(async () => {});
    renderPage();
    act(() => offer('Deleted “Risk course”.', undo));
    focus(screen.getByRole('textbox', { name: 'Notes' }));

    await act(async () => menu.emit('undo'));

    expect(execCommand.mock.calls).toEqual([['undo']]);
    expect(undo).not.toHaveBeenCalled();
    expect(status()).toContain('Deleted “Risk course”.');
    expect(screen.getByRole('button', { name: 'Undo' }).textContent).toBe('Undo');
  });

  it.each(['checkbox', 'combobox'])(
    'with focus on a %s (no typing to undo), runs the Undo on offer, by the menu or the key',
    async (role) => {
      const undo = vi.fn(async () => {});
      renderPage();
      act(() => offer('Deleted “Risk course”.', undo));
      const control = screen.getByRole(role);
      focus(control);
      await act(async () => menu.emit('undo'));
      expect(undo).toHaveBeenCalledTimes(1);
      expect(execCommand).not.toHaveBeenCalled();

      act(() => offer('Deleted “Agile book”.', undo));
      focus(control);
      await act(async () => void fireEvent.keyDown(control, { key: 'z', ctrlKey: true }));
      expect(undo).toHaveBeenCalledTimes(2);
      expect(status()).not.toContain('Deleted “Agile book”.');
    },
  );

  it('with nothing on offer, does nothing at all', async () => {
    renderPage();
    act(() => offer('Saved “Negotiation webinar”.'));
    focus(screen.getByRole('button', { name: 'Add activity' }));

    await act(async () => menu.emit('undo'));

    expect(execCommand).not.toHaveBeenCalled();
    expect(status()).toBe('Saved “Negotiation webinar”.×');
  });

  it('other menu commands leave the Undo on offer alone', async () => {
    const undo = vi.fn(async () => {});
    renderPage();
    act(() => offer('Deleted “Risk course”.', undo));
    focus(screen.getByRole('button', { name: 'Add activity' }));

    await act(async () => menu.emit('about'));

    expect(undo).not.toHaveBeenCalled();
    expect(status()).toContain('Deleted “Risk course”.');
  });

  it('one key press seen by both the page and the menu puts the record back once', async () => {
    let finish = () => {};
    const undo = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderPage();
    act(() => offer('Deleted “Risk course”.', undo));
    const button = screen.getByRole('button', { name: 'Add activity' });
    focus(button);

    // The page's own Ctrl+Z handler starts the Undo; the menu's copy of the same press
    // arrives while it is still working, and again after it is done.
    fireEvent.keyDown(button, { key: 'z', ctrlKey: true });
    await act(async () => menu.emit('undo'));
    await act(async () => finish());
    await act(async () => menu.emit('undo'));

    expect(undo).toHaveBeenCalledTimes(1);
    expect(status()).not.toContain('Deleted “Risk course”.');
  });

  it('an Undo that failed can be tried again from the menu', async () => {
    const undo = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk busy'))
      .mockResolvedValueOnce(undefined);
    renderPage();
    act(() => offer('Deleted “Risk course”.', undo));
    focus(screen.getByRole('button', { name: 'Add activity' }));

    await act(async () => menu.emit('undo'));
    expect(status()).toContain('Undo did not work: the record could not be put back.');

    await act(async () => menu.emit('undo'));
    expect(undo).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('stops listening to the menu when the app goes', () => {
    renderPage();
    expect(menu.listening()).toBe(1);
    cleanup();
    expect(menu.listening()).toBe(0);
  });
});
