// "Explore with sample data" over a form holding typing: the window would ask "leave this
// page?" on the reload, but the switch to the sample was already written, so a "Stay" left
// this window on the person's records while the next start opened the sample. The app now
// asks "Discard your changes?" itself first, and only a yes switches. Leaving the sample in
// another window no longer says "Ascent was updated".
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
  useUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { LeaveSample } from '../../../renderer/src/features/sample/LeaveSample';
import { StoreBanner } from '../../../renderer/src/app/StoreBanner';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { setStoreStatus } from '../../../renderer/src/db/status';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { FirstDay } from '../../../renderer/src/features/onboarding/FirstDay';
import { enterSampleMode, isSampleMode } from '../../../renderer/src/features/sample/sample-mode';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('sample-enter-asks'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  window.localStorage.clear();
  await store.db.delete();
});

function showWelcome() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <FirstDay profile={null} onExploreSample={enterSampleMode}>
          <p>The app</p>
        </FirstDay>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Whether the window itself would still ask before the reload ("leave this page?"). */
function windowWouldAsk(): boolean {
  const unload = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(unload);
  return unload.defaultPrevented;
}

describe('Explore with sample data while the welcome holds typing', () => {
  it('asks first; "Keep editing" keeps the typing and the own records', async () => {
    showWelcome();
    const name = await screen.findByLabelText(/name/i, {}, SLOW);
    fireEvent.change(name, { target: { value: 'Alex Doe' } });
    expect(hasUnsavedChanges()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Explore with sample data' }));
    expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeNull();
    expect(isSampleMode()).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(isSampleMode()).toBe(false);
    expect((screen.getByLabelText(/name/i) as HTMLInputElement).value).toBe('Alex Doe');
  });

  it('"Discard changes" switches to the sample, and the window does not ask again', async () => {
    showWelcome();
    const name = await screen.findByLabelText(/name/i, {}, SLOW);
    fireEvent.change(name, { target: { value: 'Alex Doe' } });
    expect(windowWouldAsk()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Explore with sample data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(isSampleMode()).toBe(true);
    expect(windowWouldAsk()).toBe(false);
  });

  it('switches at once when nothing was typed', async () => {
    showWelcome();
    await screen.findByLabelText(/name/i, {}, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Explore with sample data' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(isSampleMode()).toBe(true);
  });
});

describe('the banner after another window removed the sample', () => {
  it('says the sample was removed, not that Ascent was updated', () => {
    render(<StoreBanner />);
    act(() => setStoreStatus({ kind: 'deleted-elsewhere' }));
    expect(screen.queryByText('The sample data was removed in another window.')).not.toBeNull();
    expect(screen.queryByText(/Ascent was updated/)).toBeNull();
    act(() => setStoreStatus({ kind: 'ready' }));
  });
});

describe('Remove sample data while a form holds typing', () => {
  function DirtyForm() {
    useUnsavedChanges(true);
    return <p>A form with typing</p>;
  }

  it('asks first; "Keep editing" removes nothing', async () => {
    render(
      <StoreProvider store={store}>
        <DirtyForm />
        <LeaveSample />
        <DiscardDialog />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Leave sample data…' }));
    const remove = await screen.findByRole('button', { name: 'Remove sample data' }, SLOW);
    await waitFor(() => expect((remove as HTMLButtonElement).disabled).toBe(false), SLOW);
    fireEvent.click(remove);
    expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(store.db.isOpen()).toBe(true);
    expect(hasUnsavedChanges()).toBe(true);
  });
});
