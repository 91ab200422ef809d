import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NOTICE_MS,
  UNDO_WINDOW_MS,
  UndoProvider,
  useUndo,
} from '../../../renderer/src/components/undo';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return <input aria-label="Notes" />;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ctrlZ = (target: Element | Window = window) =>
  fireEvent.keyDown(target, { key: 'z', ctrlKey: true });

describe('the Undo bar', () => {
  it('a notice with nothing to undo has no Undo button and goes after a few seconds', () => {
    vi.useFakeTimers();
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Saved “Negotiation webinar”.'));
    expect(screen.getByRole('status').textContent).toContain('Saved “Negotiation webinar”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    act(() => void vi.advanceTimersByTime(NOTICE_MS + 10));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('an offer to undo stays its whole window', () => {
    vi.useFakeTimers();
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Deleted “Risk course”.', async () => {}));
    act(() => void vi.advanceTimersByTime(NOTICE_MS + 10));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    act(() => void vi.advanceTimersByTime(UNDO_WINDOW_MS));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Ctrl+Z undoes while the offer shows, but not while typing in a field', async () => {
    const undo = vi.fn(async () => {});
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Deleted “Risk course”.', undo));
    // In a text field, Ctrl+Z is the field's own.
    ctrlZ(screen.getByRole('textbox', { name: 'Notes' }));
    expect(undo).not.toHaveBeenCalled();
    await act(async () => void ctrlZ(document.body));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // Nothing left to undo: a second Ctrl+Z does nothing.
    await act(async () => void ctrlZ(document.body));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('a notice after a delete keeps the delete’s Undo, by button and by Ctrl+Z', async () => {
    const undo = vi.fn(async () => {});
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Deleted “Risk course”.', undo));
    act(() => offer('Saved “Negotiation webinar”.'));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Deleted “Risk course”.');
    expect(status.textContent).toContain('Saved “Negotiation webinar”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    await act(async () => void ctrlZ(document.body));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(status.textContent).not.toContain('Deleted “Risk course”.');
  });

  it('a delete after a save takes the save’s notice away: only the delete and its Undo show', () => {
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Saved “Risk webinar”.'));
    act(() => offer('Deleted “Risk webinar”.', async () => {}));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Deleted “Risk webinar”.');
    expect(status.textContent).not.toContain('Saved “Risk webinar”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
  });

  it('keeps a long message whole in its text and tooltip, which a narrow window shortens to two lines', () => {
    const long = `Deleted “${'Portfolio governance in practice, '.repeat(6).trim()}”.`;
    render(
      <UndoProvider>
        <Page />
      </UndoProvider>,
    );
    act(() => offer(long, async () => {}));
    const message = screen.getByTitle(long);
    expect(message.textContent).toBe(long);
    expect(screen.getByRole('status').textContent).toContain(long);
    act(() => offer('Saved “Risk course”.'));
    expect(screen.getByTitle('Saved “Risk course”.').textContent).toBe('Saved “Risk course”.');
  });
});
