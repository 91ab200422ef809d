// A "Saved …" notice is taken away by a later delete (its Undo takes the place). A keyboard or
// screen-reader user whose focus was in that notice (on its Dismiss) must not be dropped to the
// page: focus goes on to the toast that took its place, the delete's Undo.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider, useUndo } from '../../../renderer/src/components/undo';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return (
    <main id="main" tabIndex={-1}>
      <h1>Credit log</h1>
      <button type="button">Elsewhere</button>
    </main>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  render(
    <UndoProvider>
      <Page />
    </UndoProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('a notice taken away by a later delete', () => {
  it('while focus is in it: focus goes to the delete’s Undo, not the page', () => {
    act(() => offer('Saved “Risk webinar”.'));
    const dismiss = screen.getByRole('button', { name: 'Dismiss notice' });
    act(() => dismiss.focus());
    act(() => offer('Deleted “Risk course”.', async () => {}));
    wait(100);
    expect(screen.getByRole('status').textContent).not.toContain('Saved “Risk webinar”.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  });

  it('after that Undo, focus goes to the page’s heading (the notice’s Dismiss is gone)', async () => {
    act(() => offer('Saved “Risk webinar”.'));
    act(() => screen.getByRole('button', { name: 'Dismiss notice' }).focus());
    act(() => offer('Deleted “Risk course”.', async () => {}));
    wait(100);
    await act(async () => void screen.getByRole('button', { name: 'Undo' }).click());
    wait(100);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Credit log' }));
  });

  it('while focus is elsewhere: focus stays where it is', () => {
    act(() => offer('Saved “Risk webinar”.'));
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    act(() => elsewhere.focus());
    act(() => offer('Deleted “Risk course”.', async () => {}));
    wait(100);
    expect(document.activeElement).toBe(elsewhere);
  });
});
