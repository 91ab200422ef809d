// "Your first steps": the list of steps says in words which step the person is on and which
// are behind them (not by colour, nor only to a screen reader), and the goal step has a way
// back to the credentials step that keeps the goal typed.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { FirstDay } from '../../../renderer/src/features/onboarding/FirstDay';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const CREDENTIALS = 'Credentials you hold or are aiming for';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('first-steps-progress'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function Root() {
  const profile = useProfile();
  if (profile === undefined) return <p>Opening your records…</p>;
  return (
    <FirstDay profile={profile} onExploreSample={() => undefined}>
      <h1>The app itself</h1>
    </FirstDay>
  );
}

function open() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <Root />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function answerProfile() {
  for (const label of ['Current rung', 'Target rung', 'Highest education']) {
    const select = (await screen.findByLabelText(label, {}, SLOW)) as HTMLSelectElement;
    fireEvent.change(select, {
      target: { value: select.options[label === 'Target rung' ? 2 : 1]!.value },
    });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Start using Ascent' }));
  await screen.findByRole('heading', { level: 1, name: 'Your first steps' }, SLOW);
}

/** Each step as it reads on screen, with the one marked as current. */
function steps() {
  const list = screen.getByRole('list', { name: 'First steps' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => `${li.textContent}${li.getAttribute('aria-current') === 'step' ? ' <' : ''}`);
}

const focused = () => document.activeElement?.textContent;

describe('the list of first steps', { timeout: 20_000 }, () => {
  it('says which step is current and which is behind, in words', async () => {
    open();
    await answerProfile();
    expect(steps()).toEqual(['Credentials (current step) <', 'Your next goal']);

    fireEvent.click(screen.getByRole('button', { name: 'Skip: your next goal' }));
    await screen.findByRole('heading', { name: 'Your next goal' }, SLOW);
    expect(steps()).toEqual(['Credentials (skipped)', 'Your next goal (current step) <']);
  });

  // A credential chosen but not added is not carried to the goal step: moving on asks
  // "Discard your changes?" first (first-steps-discard.test.tsx).
  it('goes back from the goal step to the credentials and on again, keeping the goal typed', async () => {
    open();
    await answerProfile();
    fireEvent.click(screen.getByRole('button', { name: /: your next goal$/ }));
    const goal = (await screen.findByLabelText('Goal', {}, SLOW)) as HTMLInputElement;
    fireEvent.change(goal, { target: { value: 'Lead a PMO set-up' } });

    const back = screen.getByRole('button', { name: 'Back: credentials' });
    back.focus();
    fireEvent.click(back);
    await waitFor(() => expect(focused()).toBe(CREDENTIALS));
    expect(screen.queryByRole('heading', { name: 'Your next goal' })).toBeNull();
    expect(steps()).toEqual(['Credentials (current step) <', 'Your next goal']);

    // Nothing typed in the credential form: on at once, though the goal form holds a title.
    fireEvent.click(screen.getByRole('button', { name: /: your next goal$/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(focused()).toBe('Your next goal'));
    expect((screen.getByLabelText('Goal') as HTMLInputElement).value).toBe('Lead a PMO set-up');
  });
});
