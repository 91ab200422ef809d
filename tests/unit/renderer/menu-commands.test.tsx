import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
import { requestPrint } from '../../../renderer/src/features/reports/print-request';
import { silentNotifications } from './silent-notifications';

/** A desktop platform double: records the menu listeners so a test can "click" the menu. */
function fakeDesktop(): Platform & { emit: (c: MenuCommand) => void } {
  const listeners = new Set<(c: MenuCommand) => void>();
  return {
    kind: 'desktop',
    appInfo: async () => ({
      name: 'Ascent',
      version: '9.9.9',
      electron: '45',
      chrome: '1',
      platform: 'linux',
    }),
    saveFile: async () => ({ saved: false }),
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async () => ({ kind: 'browser-print' }),
    backups: null,
    notifications: silentNotifications,
    onMenuCommand(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(c) {
      listeners.forEach((l) => l(c));
    },
  };
}

let store: Store;
beforeEach(async () => {
  window.location.hash = '';
  // jsdom has no matchMedia or <dialog> methods; give the minimum the shell uses.
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(`menu-${Math.random()}`);
  await saveProfile(store, {
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
});
afterEach(() => {
  cleanup();
  store.db.close();
});

describe('application menu commands reach the renderer', () => {
  it('Help › Keyboard shortcuts opens the shortcuts dialog', async () => {
    const platform = fakeDesktop();
    render(<App store={store} platform={platform} />);
    await screen.findByRole('heading', { name: 'Hello, Ana' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    act(() => platform.emit('show-shortcuts'));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('K');
  });

  it('opens the reports area, the backup settings and About', async () => {
    const platform = fakeDesktop();
    render(<App store={store} platform={platform} />);
    await screen.findByRole('heading', { name: 'Hello, Ana' });

    // About last: while it is open the other commands do nothing (menu-file-over-dialog).
    act(() => platform.emit('print-report'));
    await waitFor(() => expect(window.location.hash).toBe('#/reports'));
    // A screen's code is loaded on demand: on a busy machine that takes more than a second.
    const wait = { timeout: 5000 };
    expect((await screen.findByRole('heading', { level: 1 }, wait)).textContent).toBe('Reports');

    act(() => platform.emit('export-backup'));
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect((await screen.findByRole('heading', { level: 1, name: 'Settings' }, wait)).tagName).toBe(
      'H1',
    );
    expect(screen.getByRole('heading', { name: 'Backups' }).tagName).toBe('H2');

    act(() => platform.emit('about'));
    const about = await screen.findByRole('dialog', { name: 'About Ascent' });
    await waitFor(() => expect(about.textContent).toContain('9.9.9'));
    expect(about.textContent).toContain('Desktop app (linux)');
  });

  it(
    'a Print report request its screen never took is dropped on moving on',
    { timeout: 30_000 },
    async () => {
      const platform = fakeDesktop();
      const printed: unknown[] = [];
      platform.printReport = async (request) => {
        printed.push(request);
        return { kind: 'pdf', saved: false };
      };
      render(<App store={store} platform={platform} />);
      // Hang guards: the report screen's code and figures load on demand; nothing here is timed.
      const slow = { timeout: 10_000 };
      await screen.findByRole('heading', { name: 'Hello, Ana' }, slow);
      const report = () => screen.findByRole('article', { name: /^Progress report/ }, slow);

      // Asked for while the dashboard shows (as when File › Print report is answered by a form
      // that holds the move), then another area: the request goes with the move.
      act(() => requestPrint());
      act(() => {
        window.location.hash = '#/goals';
      });
      await waitFor(
        () => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Goals'),
        slow,
      );
      act(() => {
        window.location.hash = '#/reports';
      });
      await report();
      await new Promise((r) => setTimeout(r, 200));
      expect(printed).toHaveLength(0);

      // The menu's own request is taken by the report once drawn.
      act(() => platform.emit('print-report'));
      await waitFor(() => expect(printed).toHaveLength(1), slow);
    },
  );

  it('Edit › Undo puts back a deleted contact when focus is on a button', async () => {
    const saved = await saveContact(
      store,
      {
        name: 'Morgan Ellis',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      '2026-11-22',
    );
    expect(saved.ok).toBe(true);
    const platform = fakeDesktop();
    window.location.hash = '#/network/contacts';
    render(<App store={store} platform={platform} />);
    const row = await screen.findByRole('row', { name: /Morgan Ellis/ }, { timeout: 5000 });
    fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
    await screen.findByText('Deleted Morgan Ellis.', { selector: 'span' }, { timeout: 5000 });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Morgan Ellis/ })).toBeNull());

    const about = screen.getByRole('button', { name: 'About Ascent' });
    about.focus();
    expect(document.activeElement).toBe(about);
    await act(async () => platform.emit('undo'));

    await screen.findByRole('row', { name: /Morgan Ellis/ }, { timeout: 5000 });
    expect(await store.db.table('contacts').count()).toBe(1);
    expect(screen.queryByText('Deleted Morgan Ellis.', { selector: 'span' })).toBeNull();
  });
});

describe('Edit › Undo before the app (the welcome and first steps)', () => {
  it('undoes the typing in the focused field, as the standard menu item did', async () => {
    const fresh = await openStore(`menu-welcome-${Math.random()}`);
    const calls: string[] = [];
    document.execCommand = ((command: string) => (calls.push(command), true)) as never;
    try {
      const platform = fakeDesktop();
      render(<App store={fresh} platform={platform} />);
      const name = await screen.findByLabelText('Your name (optional)');
      name.focus();
      act(() => platform.emit('undo'));
      expect(calls).toEqual(['undo']);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
      cleanup();
      await fresh.db.delete();
    }
  });
});
