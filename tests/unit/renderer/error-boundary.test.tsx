import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('the screen broke');
}

afterEach(cleanup);

describe('the error boundary', () => {
  it('replaces a crashed screen with a recovery screen that says the data is safe', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const goHome = vi.fn();
    const { rerender } = render(
      <ErrorBoundary resetKey="ladder" onGoHome={goHome}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading').textContent).toBe('This screen ran into a problem');
    expect(screen.getByRole('alert').textContent).toContain('Your saved records are safe');
    expect(screen.getByRole('alert').textContent).toContain('the screen broke');

    fireEvent.click(screen.getByRole('button', { name: 'Back to the dashboard' }));
    expect(goHome).toHaveBeenCalledTimes(1);

    // Going to another area clears the error.
    rerender(
      <ErrorBoundary resetKey="dashboard" onGoHome={goHome}>
        <p>Dashboard content</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Dashboard content').tagName).toBe('P');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the screen itself when nothing goes wrong', () => {
    render(
      <ErrorBoundary resetKey="x" onGoHome={() => {}}>
        <p>All fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All fine').tagName).toBe('P');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
