// Inside a locked form (read-only mode) "Save a copy" is a focusable element with the button
// role (ReadAction): it must press exactly as a native button does — Enter once when pressed
// (not again while held), Space once on release and only when it went down on it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAction, WriteGroup } from '../../../renderer/src/components/read-only';
import { setStoreStatus } from '../../../renderer/src/db/status';

let pressed: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  act(() => setStoreStatus({ kind: 'newer-version', version: 99 }));
  pressed = vi.fn<() => void>();
  render(
    <WriteGroup>
      <button type="button">Remove</button>
      <ReadAction className="secondary" onClick={pressed}>
        Save a copy<span className="visually-hidden"> of agile.pdf</span>
      </ReadAction>
    </WriteGroup>,
  );
});
afterEach(() => {
  cleanup();
  setStoreStatus({ kind: 'ready' });
});

const copy = () => screen.getByRole('button', { name: /^Save a copy/ });

describe('a read action inside a lock', () => {
  it('is the one control left on, and in the Tab order', () => {
    expect(screen.getByRole('button', { name: 'Remove' }).matches(':disabled')).toBe(true);
    expect(copy().matches(':disabled')).toBe(false);
    expect(copy().tabIndex).toBe(0);
  });

  it('Enter presses it once, not again while held', () => {
    fireEvent.keyDown(copy(), { key: 'Enter' });
    fireEvent.keyDown(copy(), { key: 'Enter', repeat: true });
    fireEvent.keyDown(copy(), { key: 'Enter', repeat: true });
    fireEvent.keyUp(copy(), { key: 'Enter' });
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it('Space presses it on release, once', () => {
    fireEvent.keyDown(copy(), { key: ' ' });
    expect(pressed).toHaveBeenCalledTimes(0);
    fireEvent.keyUp(copy(), { key: ' ' });
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it('a Space released on it that went down elsewhere does nothing', () => {
    fireEvent.keyUp(copy(), { key: ' ' });
    expect(pressed).toHaveBeenCalledTimes(0);
    // Down here, then focus leaves before the release: nothing either.
    fireEvent.keyDown(copy(), { key: ' ' });
    fireEvent.blur(copy());
    fireEvent.keyUp(copy(), { key: ' ' });
    expect(pressed).toHaveBeenCalledTimes(0);
  });

  it('a click presses it', () => {
    fireEvent.click(copy());
    expect(pressed).toHaveBeenCalledTimes(1);
  });
});
