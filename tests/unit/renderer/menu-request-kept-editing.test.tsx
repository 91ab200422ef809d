import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import {
  hasUnsavedChanges,
  useUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { freshName } from '../../db/helpers';
import { silentNotifications } from './silent-notifications';

const SLOW = { timeout: 10_000 };

/** A desktop platform double that records saves and prints, and lets a test "click" the menu. */
function fakeDesktop() {
  const listeners = new Set<(c: MenuCommand) => void>();
  const saves: SaveRequest[] = [];
  const prints: unknown[] = [];
  const platform: Platform & { emit: (c: MenuCommand) => void } = {
    kind: 'desktop',
    appInfo: async () => ({
      name: 'Ascent',
      version: '9.9.9',
      electron: '45',
      chrome: '1',
      platform: 'linux',
    }),
    saveFile: async (request) => (saves.push(request), { saved: false }),
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async (request) => (prints.push(request), { kind: 'pdf', saved: false }),
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
  return { platform, saves, prints };
}

/** A form beside the screen holding typing that is not saved, until the test says otherwise. */
let setDirty: (dirty: boolean) => void = () => {};
function DirtyForm() {
  const [dirty, set] = useState(true);
  setDirty = set;
  useUnsavedChanges(dirty);
  return null;
}

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('tmp-menu-kept-editing'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('fixture');
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

/** The menu command asked while a form holds changes, answered "Keep editing". */
async function askAndKeepEditing(
  platform: Platform & { emit: (c: MenuCommand) => void },
  command: MenuCommand,
) {
  window.location.hash = '#/goals';
  render(
    <>
      <App store={store} platform={platform} />
      <DirtyForm />
    </>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Goals' }, SLOW);
  act(() => platform.emit(command));
  fireEvent.click(await screen.findByRole('button', { name: 'Keep editing' }, SLOW));
  expect(window.location.hash).toBe('#/goals');
  act(() => setDirty(false));
}

describe('a File menu command answered "Keep editing"', { timeout: 30_000 }, () => {
  it('Export backup: a later visit to Settings does not start the export unasked', async () => {
    const { platform, saves } = fakeDesktop();
    await askAndKeepEditing(platform, 'export-backup');
    act(() => {
      window.location.hash = '#/settings';
    });
    await screen.findByRole('heading', { name: 'Backups' }, SLOW);
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(saves).toHaveLength(0);

    // Asked again with nothing unsaved, the export runs.
    act(() => platform.emit('export-backup'));
    await waitFor(() => expect(saves).toHaveLength(1), SLOW);
  });

  it('Print report: a later visit to Reports does not print unasked', async () => {
    const { platform, prints } = fakeDesktop();
    await askAndKeepEditing(platform, 'print-report');
    act(() => {
      window.location.hash = '#/reports';
    });
    await screen.findByRole('article', { name: /^Progress report/ }, SLOW);
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(prints).toHaveLength(0);

    act(() => platform.emit('print-report'));
    await waitFor(() => expect(prints).toHaveLength(1), SLOW);
  });

  it('already on Settings with typing not saved: the export runs, and nothing typed is asked about', async () => {
    const { platform, saves } = fakeDesktop();
    window.location.hash = '#/settings';
    render(
      <>
        <App store={store} platform={platform} />
        <DirtyForm />
      </>,
    );
    await screen.findByRole('heading', { name: 'Backups' }, SLOW);
    act(() => platform.emit('export-backup'));
    await waitFor(() => expect(saves).toHaveLength(1), SLOW);
    expect(screen.queryByRole('button', { name: 'Discard changes' })).toBeNull();
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('"Discard changes" goes on with the export', async () => {
    const { platform, saves } = fakeDesktop();
    window.location.hash = '#/goals';
    render(
      <>
        <App store={store} platform={platform} />
        <DirtyForm />
      </>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Goals' }, SLOW);
    act(() => platform.emit('export-backup'));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard changes' }, SLOW));
    await waitFor(() => expect(window.location.hash).toBe('#/settings'), SLOW);
    await waitFor(() => expect(saves).toHaveLength(1), SLOW);
  });
});
