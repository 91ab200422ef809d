// The desktop menu while a modal dialog is open: as a native app's menu is switched off under a
// modal dialog, File › Settings, Export backup and Print report do nothing — no move behind the
// dialog, no export or print waiting to start — and the dialog stays open (it may hold typing,
// or a question to answer first). Edit › Undo in a field of the dialog is still the field's own
// undo; with no field focused it does not undo typing behind the dialog, before the app either.
// Help › About and Keyboard shortcuts: menu-over-dialog.test.tsx.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { takeExportRequest } from '../../../renderer/src/features/backup/export-controller';
import { takePrintRequest } from '../../../renderer/src/features/reports/print-request';
import { fakePlatform } from '../../db/backup-fakes';

/** A desktop platform whose menu a test can "click". */
function fakeDesktop(): Platform & { emit: (c: MenuCommand) => void } {
  const listeners = new Set<(c: MenuCommand) => void>();
  return {
    ...fakePlatform(null),
    kind: 'desktop',
    onMenuCommand(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(c) {
      listeners.forEach((l) => l(c));
    },
  };
}

// jsdom has no execCommand; Chromium's 'undo' undoes the page's last typing.
const execCommand = vi.fn((_command: string) => true);

let store: Store;
beforeEach(async () => {
  window.location.hash = '';
  document.execCommand = execCommand as unknown as typeof document.execCommand;
  // jsdom's <dialog> has no close(): the browser's, as far as this test needs it, taken away
  // again afterwards (the files share one window).
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  store = await openStore(`menu-file-over-dialog-${Math.random()}`);
});
afterEach(async () => {
  execCommand.mockClear();
  Reflect.deleteProperty(document, 'execCommand');
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
  store.db.close();
  await store.db.delete();
});

const SLOW = { timeout: 5000 };
const fileCommands: MenuCommand[] = ['open-settings', 'export-backup', 'print-report'];

async function showApp() {
  await saveProfile(store, {
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  const platform = fakeDesktop();
  render(<App store={store} platform={platform} />);
  await screen.findByRole('heading', { name: 'Hello, Ana' }, SLOW);
  return platform;
}

/** Nothing moved or waits to act behind the dialog: the dashboard, no request kept. */
async function nothingBehind(hash: string) {
  // A move and the screen it draws would come after the command: give them their moment.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(window.location.hash).toBe(hash);
  expect(screen.queryByRole('heading', { name: 'Hello, Ana' })).not.toBeNull();
  expect(takeExportRequest()).toBe(false);
  expect(takePrintRequest()).toBe(false);
}

describe('File menu commands while a dialog is open', { timeout: 30_000 }, () => {
  it.each(fileCommands)('%s with About open: nothing behind it, About stays', async (command) => {
    const platform = await showApp();
    const hash = window.location.hash;
    act(() => platform.emit('about'));
    const about = await screen.findByRole('dialog', { name: 'About Ascent' }, SLOW);

    act(() => platform.emit(command));
    await nothingBehind(hash);
    expect(screen.queryByRole('dialog', { name: 'About Ascent' })).toBe(about);
    expect(screen.queryAllByRole('dialog')).toHaveLength(1);
  });

  it.each(fileCommands)(
    '%s with a question open: nothing behind it, the question stays',
    async (command) => {
      const platform = await showApp();
      const hash = window.location.hash;
      const question = document.body.appendChild(document.createElement('dialog'));
      question.setAttribute('aria-label', 'Delete this plan?');
      question.showModal();
      try {
        act(() => platform.emit(command));
        await nothingBehind(hash);
        expect(question.open).toBe(true);
      } finally {
        question.remove();
      }
    },
  );

  it('File › Settings acts again once the dialog has closed', async () => {
    const platform = await showApp();
    act(() => platform.emit('about'));
    const about = await screen.findByRole('dialog', { name: 'About Ascent' }, SLOW);
    act(() => platform.emit('open-settings'));
    expect(window.location.hash).not.toBe('#/settings');

    act(() => (about as HTMLDialogElement).close());
    act(() => platform.emit('open-settings'));
    expect(window.location.hash).toBe('#/settings');
  });

  it('Edit › Undo in a field of the dialog is still its own undo', async () => {
    const platform = await showApp();
    const hash = window.location.hash;
    const question = document.body.appendChild(document.createElement('dialog'));
    const field = question.appendChild(document.createElement('input'));
    question.showModal();
    try {
      act(() => platform.emit('open-settings'));
      await nothingBehind(hash);
      field.focus();
      act(() => platform.emit('undo'));
      expect(execCommand.mock.calls).toEqual([['undo']]);
    } finally {
      question.remove();
    }
  });
});

describe(
  'Edit › Undo before the app, with "Discard your changes?" open',
  { timeout: 30_000 },
  () => {
    it('leaves the typing behind the question as it is', async () => {
      const platform = fakeDesktop();
      render(<App store={store} platform={platform} />);
      const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
      fireEvent.change(name, { target: { value: 'Alex Doe' } });
      fireEvent.click(screen.getByRole('button', { name: 'Explore with sample data' }));
      const keep = screen.getByRole('button', { name: 'Keep editing' });
      keep.focus();
      expect(document.activeElement).toBe(keep);

      act(() => platform.emit('undo'));
      expect(execCommand).not.toHaveBeenCalled();
      expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeNull();

      // Once it is answered, Edit › Undo in the field is the field's own undo again.
      fireEvent.click(keep);
      name.focus();
      act(() => platform.emit('undo'));
      expect(execCommand.mock.calls).toEqual([['undo']]);
    });
  },
);
