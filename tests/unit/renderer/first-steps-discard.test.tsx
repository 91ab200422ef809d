// "Your first steps" move on without the address changing, so the app-wide unsaved-changes
// guard did not see it: a credential chosen and dated but not added, or a goal typed, was lost
// without a word on "Skip" (review: the dashboard then said "No credentials yet"). Now moving
// on from a step whose form holds changes asks "Discard your changes?", with the app's words
// and buttons: "Keep editing" keeps what was typed and puts focus back on the button pressed;
// "Discard changes" goes on. With nothing typed, Skip goes straight on as before.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { listGoals } from '../../../renderer/src/db/repositories/career';
import { listHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { FirstDay } from '../../../renderer/src/features/onboarding/FirstDay';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const SKIP_CREDENTIALS = 'Skip: your next goal';
const SKIP_GOAL = 'Skip and open my dashboard';
const QUESTION_TEXT =
  'You have changes on this screen that are not saved. If you leave now, they are lost.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  store = await openStore(freshName('first-steps-discard'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
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

async function openOnFirstSteps() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <Root />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  for (const label of ['Current rung', 'Target rung', 'Highest education']) {
    const select = (await screen.findByLabelText(label, {}, SLOW)) as HTMLSelectElement;
    fireEvent.change(select, {
      target: { value: select.options[label === 'Target rung' ? 2 : 1]!.value },
    });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Start using Ascent' }));
  await screen.findByRole('heading', { level: 1, name: 'Your first steps' }, SLOW);
}

// Hidden while the goal step shows, and still drawn: the hidden ones are looked at too.
const credentialForm = () => screen.getByRole('form', { name: 'Add a credential', hidden: true });
const field = (label: string | RegExp) =>
  within(credentialForm()).getByLabelText<HTMLInputElement | HTMLSelectElement>(label);

/** PMP, earned 29 Feb 2024, as the review typed it, without pressing "Add credential". */
function fillPmp() {
  fireEvent.change(field('Credential'), { target: { value: 'pmp' } });
  fireEvent.change(field('Stage'), { target: { value: 'earned' } });
  fireEvent.change(field(/Earned on/), { target: { value: '2024-02-29' } });
}

/** The question, as read: its title and its words. */
async function question() {
  const dialog = await screen.findByRole('alertdialog', { name: 'Discard your changes?' }, SLOW);
  return within(dialog).getByText(/not saved/).textContent;
}
const noQuestion = () => expect(screen.queryByRole('alertdialog')).toBeNull();
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const focused = () => document.activeElement?.textContent;

describe('moving on from a first step with something typed', { timeout: 20_000 }, () => {
  it('a credential chosen but not added: Skip asks; Keep editing keeps it and goes back to Skip', async () => {
    await openOnFirstSteps();
    fillPmp();
    press(SKIP_CREDENTIALS);
    expect(await question()).toBe(QUESTION_TEXT);
    press('Keep editing');
    noQuestion();
    await waitFor(() => expect(focused()).toBe(SKIP_CREDENTIALS));
    // Still on the credentials step, with everything as typed.
    expect(screen.queryByRole('heading', { name: 'Your next goal' })).toBeNull();
    expect(field('Credential').value).toBe('pmp');
    expect(field('Stage').value).toBe('earned');
    expect(field(/Earned on/).value).toBe('2024-02-29');
  });

  it('a credential chosen but not added: Discard changes goes on to the goal, then to the dashboard without asking again', async () => {
    await openOnFirstSteps();
    fillPmp();
    press(SKIP_CREDENTIALS);
    await question();
    press('Discard changes');
    await screen.findByRole('heading', { name: 'Your next goal' }, SLOW);
    noQuestion();
    // Discarded: the credential form starts empty if the person goes back.
    expect(field('Credential').value).toBe('');
    press(SKIP_GOAL);
    noQuestion();
    await screen.findByRole('heading', { level: 1, name: 'The app itself' }, SLOW);
    expect(await listHeld(store)).toEqual([]);
  });

  it('nothing typed, Skip goes straight on; a goal typed: Skip and open my dashboard asks, Keep editing keeps it, Discard changes opens the app', async () => {
    await openOnFirstSteps();
    press(SKIP_CREDENTIALS);
    noQuestion();
    const goal = (await screen.findByLabelText('Goal', {}, SLOW)) as HTMLInputElement;
    fireEvent.change(goal, { target: { value: 'Lead a PMO set-up' } });
    press(SKIP_GOAL);
    expect(await question()).toBe(QUESTION_TEXT);
    press('Keep editing');
    noQuestion();
    await waitFor(() => expect(focused()).toBe(SKIP_GOAL));
    expect((screen.getByLabelText('Goal') as HTMLInputElement).value).toBe('Lead a PMO set-up');
    expect(screen.queryByRole('heading', { name: 'The app itself' })).toBeNull();

    press(SKIP_GOAL);
    await question();
    press('Discard changes');
    await screen.findByRole('heading', { level: 1, name: 'The app itself' }, SLOW);
    expect(await listGoals(store)).toEqual([]);
  });
});
