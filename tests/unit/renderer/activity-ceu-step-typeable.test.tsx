// A CEU step from 1 up has three decimals (1.025 CEU is 10.25 hours), and the activity form
// reads "1.025" as 1025 or 1.025 and asks which. So "1.01" CEU was told "type 1 or 1.025", and
// "1.025" typed was told "type the one you mean, 1025 or 1.025": the figure it named was
// refused again, and 1.025 CEU could not be entered from what the form said. Every figure the
// form names is now one it reads one way ("1.0250"), and typed, it is saved.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-ceu-step-typeable'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

const pmp: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-01-15' },
  rule: findCredentialRule('pmp')!,
};

/** A course of `amount` CEU, its 10.25 hours all Ways of Working, saved once. */
function fillIn(amount: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[pmp]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = screen.getByRole('form', { name: 'Log an activity' });
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Seminar' } });
  fireEvent.change(within(form).getByLabelText('Activity type'), {
    target: { value: 'course-or-training' },
  });
  fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: 'ceu' } });
  fireEvent.change(within(form).getByLabelText('Ways of Working'), { target: { value: '10.25' } });
  const input = within(form).getByLabelText('Amount') as HTMLInputElement;
  fireEvent.change(input, { target: { value: amount } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
  return { form, input };
}

/** The amount's error, as its field says it. */
const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent ?? '';

/** Types `figure` as the amount, saves, and expects the activity stored with 1.025 CEU. */
async function typedIsSaved(form: HTMLElement, input: HTMLElement, figure: string) {
  fireEvent.change(input, { target: { value: figure } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
  await waitFor(async () => expect(await store.db.table('activities').count()).toBe(1));
  const [saved] = await store.db.table('activities').toArray();
  expect(saved).toMatchObject({ amount: 1.025, unit: 'ceu' });
}

describe('a CEU amount of three decimals, from 1 up', TEST, () => {
  it('off the steps ("1.03"), the nearer step it names is saved once typed', async () => {
    const { form, input } = fillIn('1.03');
    await focusedSummary(form);
    const said = errorOf(input);
    expect(said).toBe('In CEU, use steps of 0.025 (a quarter hour): type 1.0250 or 1.05.');
    const figure = /type (\S+) or/.exec(said)![1]!;
    await typedIsSaved(form, input, figure);
  });

  it('typed as "1.025", the reading it names for 1.025 is saved once typed', async () => {
    const { form, input } = fillIn('1.025');
    await focusedSummary(form);
    const said = errorOf(input);
    expect(said).toBe('“1.025” could be 1025 or 1.025: type the one you mean, 1025 or 1.0250.');
    const figure = /or (\S+)\.$/.exec(said)![1]!;
    await typedIsSaved(form, input, figure);
  });
});
