// A save's notice can show beside a delete's Undo toast (a notice never takes an Undo's place).
// Each has a × button; a screen reader lists them by name, so each name says what it dismisses
// rather than two alike "Dismiss", and each dismisses only its own toast. The Undo toast's
// says what dismissing it means ("Dismiss, keep this change") without the word "undo", so a
// voice command (or a search by name) for "Undo" finds the Undo button alone.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider, useUndo } from '../../../renderer/src/components/undo';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return (
    <main id="main" tabIndex={-1}>
      <h1>Credit log</h1>
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

const SAVED = 'Saved “Risk workshop”.';
const DELETED = 'Deleted “Budget review”.';
const dismissNames = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.textContent === '×')
    .map((b) => b.getAttribute('aria-label'));

describe('a notice and an Undo toast together', () => {
  it('have Dismiss buttons named for what each dismisses', () => {
    act(() => offer(DELETED, async () => {}));
    act(() => offer(SAVED));
    expect(screen.getByRole('status').textContent).toContain(SAVED);
    expect(screen.getByRole('status').textContent).toContain(DELETED);
    expect(dismissNames()).toEqual(['Dismiss notice', 'Dismiss, keep this change']);
    expect(screen.getAllByRole('button', { name: /undo/i }).map((b) => b.textContent)).toEqual([
      'Undo',
    ]);
  });

  it('"Dismiss notice" takes the notice away and leaves the Undo on offer', () => {
    act(() => offer(DELETED, async () => {}));
    act(() => offer(SAVED));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.getByRole('status').textContent).not.toContain(SAVED);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    expect(dismissNames()).toEqual(['Dismiss, keep this change']);
  });

  it('"Dismiss, keep this change" takes the Undo toast away and leaves the notice', () => {
    act(() => offer(DELETED, async () => {}));
    act(() => offer(SAVED));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss, keep this change' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(SAVED);
    expect(dismissNames()).toEqual(['Dismiss notice']);
  });
});
