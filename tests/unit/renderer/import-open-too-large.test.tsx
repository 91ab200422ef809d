/**
 * On the desktop, a CSV over the import's 20 MB is refused by main before it is read (shared
 * /ipc/contract.ts). The import's first step shows main's sentence as it is: it says what to
 * do, and "Try again", which the step adds to a read that merely failed, would not help.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AscentBridge } from '../../../shared/ipc/contract';
import { FileStep } from '../../../renderer/src/features/import/FileStep';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';

afterEach(cleanup);

const TOO_LARGE =
  'This file is larger than 20 MB, far more than a credit log holds, so Ascent did not open ' +
  'it. Check that it is the right file; a log this large can be split into several CSV files ' +
  'and imported one after another.';

function renderWith(openFile: AscentBridge['openFile']) {
  const bridge = { openFile, notifyShow: vi.fn() } as unknown as AscentBridge;
  const onError = vi.fn();
  const onFile = vi.fn();
  render(
    <PlatformProvider platform={createDesktopPlatform(bridge)}>
      <FileStep fileName={null} error={null} onFile={onFile} onError={onError} />
    </PlatformProvider>,
  );
  return { onError, onFile };
}

describe('the desktop Open of a CSV main refused', () => {
  it('says main’s sentence as it is', async () => {
    const { onError, onFile } = renderWith(async () => ({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: TOO_LARGE },
    }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    });
    expect(onError).toHaveBeenCalledWith(TOO_LARGE);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('a read that merely failed still says to try again', async () => {
    const { onError } = renderWith(async () => ({
      ok: false,
      error: { code: 'FAILED', message: 'The operation failed. Please try again.' },
    }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    });
    expect(onError).toHaveBeenCalledWith(
      'The file could not be read (The operation failed. Please try again.). Try again.',
    );
  });
});
