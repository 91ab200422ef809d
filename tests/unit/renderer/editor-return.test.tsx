import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cameFrom, useRoute } from '../../../renderer/src/app/use-route';
import {
  resetUnsavedChanges,
  useDraftGuard,
} from '../../../renderer/src/components/unsaved-changes';
import { editorReturn } from '../../../renderer/src/features/credit-log/return-to';

describe('where the activity editor goes back to', () => {
  it.each([
    ['#/dashboard', '#/dashboard'],
    ['#/credentials/pmp-1', '#/credentials/pmp-1'],
    ['#/credit-log', '#/credit-log'],
    // The log remembers the filters last set: its plain address keeps them.
    ['#/credit-log?credential=pmp-1', '#/credit-log'],
    ['#/goals', '#/goals'],
    // Another of the log's own pages: the log.
    ['#/credit-log/new', '#/credit-log'],
    ['#/credit-log/a-1', '#/credit-log'],
    ['#/credit-log/import', '#/credit-log'],
    // The app opened on the editor (a reload), or without a hash (the dashboard).
    [null, '#/credit-log'],
    ['', '#/dashboard'],
    ['#/', '#/dashboard'],
    // Not a screen of the app.
    ['#/nowhere', '#/credit-log'],
  ])('opened from %j: %s', (from, back) => expect(editorReturn(from)).toBe(back));
});

function Shell({ dirty = false }: { dirty?: boolean }) {
  const [route] = useRoute();
  useDraftGuard(dirty ? { title: 'typed' } : {});
  return <p>{route.area}</p>;
}

/** Moves the address as a link does and waits until its hashchange has been handled. */
async function go(hash: string) {
  if (window.location.hash === hash) return;
  await act(async () => {
    const moved = new Promise<void>((resolve) => {
      const on = (e: HashChangeEvent) => {
        if (new URL(e.newURL).hash !== hash) return;
        window.removeEventListener('hashchange', on);
        resolve();
      };
      window.addEventListener('hashchange', on);
    });
    window.location.hash = hash;
    await moved;
  });
}

afterEach(() => resetUnsavedChanges());

describe('cameFrom', () => {
  it('is the screen shown before the current one', async () => {
    await go('#/dashboard');
    const { unmount } = render(<Shell />);
    await go('#/credit-log/new');
    expect(cameFrom()).toBe('#/dashboard');
    await go('#/credentials/pmp-1');
    expect(cameFrom()).toBe('#/credit-log/new');
    unmount();
  });

  it('does not move when the unsaved-changes question holds the move back', async () => {
    await go('#/credentials');
    const { rerender, unmount } = render(<Shell />);
    await go('#/credit-log/new');
    rerender(<Shell dirty />);
    await go('#/goals');
    // The address went back to the form: where the form was opened from is unchanged.
    expect(window.location.hash).toBe('#/credit-log/new');
    expect(cameFrom()).toBe('#/credentials');
    unmount();
  });
});
