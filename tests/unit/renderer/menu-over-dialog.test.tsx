// Help › Keyboard shortcuts and Help › About (desktop menu) while a dialog is already open:
// nothing opens on top of it, as a native app's menu is switched off under a modal dialog, and
// the open dialog is left as it is (it may hold typing or a question to answer). Once it has
// closed, the menu opens them again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
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

let store: Store;
beforeEach(async () => {
  window.location.hash = '';
  // jsdom's <dialog> has no close(): the browser's, as far as this test needs it, taken away
  // again afterwards (the files share one window).
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  store = await openStore(`menu-over-dialog-${Math.random()}`);
  await saveProfile(store, {
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
});
afterEach(async () => {
  cleanup();
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
  store.db.close();
  await store.db.delete();
});

const SLOW = { timeout: 5000 };
const dialogs = () => screen.queryAllByRole('dialog');
const about = () => screen.queryByRole('dialog', { name: 'About Ascent' });
const shortcuts = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });

async function showApp() {
  const platform = fakeDesktop();
  render(<App store={store} platform={platform} />);
  await screen.findByRole('heading', { name: 'Hello, Ana' }, SLOW);
  return platform;
}

describe('the Help menu while a dialog is open', { timeout: 30_000 }, () => {
  it('About open: Keyboard shortcuts opens nothing on top; after Close it opens', async () => {
    const platform = await showApp();
    act(() => platform.emit('about'));
    const open = await screen.findByRole('dialog', { name: 'About Ascent' }, SLOW);

    act(() => platform.emit('show-shortcuts'));
    expect(shortcuts()).toBeNull();
    expect(about()).toBe(open);
    expect(dialogs()).toHaveLength(1);

    act(() => (open as HTMLDialogElement).close());
    expect(about()).toBeNull();
    act(() => platform.emit('show-shortcuts'));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, SLOW)).not.toBeNull();
  });

  it('Keyboard shortcuts open: About opens nothing on top, and the shortcuts stay', async () => {
    const platform = await showApp();
    act(() => platform.emit('show-shortcuts'));
    const open = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, SLOW);

    act(() => platform.emit('about'));
    expect(about()).toBeNull();
    // Asked for again, the shortcuts stay open too (they are already showing).
    act(() => platform.emit('show-shortcuts'));
    expect(shortcuts()).toBe(open);
    expect(dialogs()).toHaveLength(1);
  });

  it('any other dialog open (a question): neither opens, and the question stays', async () => {
    const platform = await showApp();
    const question = document.body.appendChild(document.createElement('dialog'));
    question.setAttribute('aria-label', 'Delete this plan?');
    question.showModal();
    try {
      act(() => platform.emit('about'));
      act(() => platform.emit('show-shortcuts'));
      expect(about()).toBeNull();
      expect(shortcuts()).toBeNull();
      expect(question.open).toBe(true);
    } finally {
      question.remove();
    }
    act(() => platform.emit('about'));
    expect(await screen.findByRole('dialog', { name: 'About Ascent' }, SLOW)).not.toBeNull();
  });
});
