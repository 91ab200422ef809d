/** A part that shows nothing of its own stops on an error; the rest of the window goes on. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SilentBoundary } from '../../../renderer/src/app/SilentBoundary';

afterEach(cleanup);

function Broken(): null {
  throw new Error('no reminders today');
}

describe('SilentBoundary', () => {
  it('hides the failed part, keeps its neighbours and says what stopped in the console', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <nav>
        <a href="#/dashboard">Dashboard</a>
        <SilentBoundary name="Reminder notifications">
          <Broken />
        </SilentBoundary>
      </nav>,
    );
    expect(screen.queryByRole('link', { name: 'Dashboard' })).not.toBeNull();
    expect(logged.mock.calls.some((c) => c[0] === 'Reminder notifications stopped')).toBe(true);
    logged.mockRestore();
  });

  it('shows its part when nothing fails', () => {
    render(
      <SilentBoundary name="Reminder notifications">
        <p>Reminders are on</p>
      </SilentBoundary>,
    );
    expect(screen.queryByText('Reminders are on')).not.toBeNull();
  });
});
