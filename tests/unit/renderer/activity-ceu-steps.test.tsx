// With the unit set to CEU, an amount that is not a whole number of quarter hours (0.33 CEU is
// 3.3 hours) was told "Use quarter-hour steps: .25, .5 or .75.", which is wrong for CEU: the
// steps there are 0.025. The field and the error summary now say the steps in CEU and the two
// amounts nearest to what was typed; the hint says the steps in CEU too. Hours are unchanged.
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
import { focusedSummary, getSummary } from './error-summary-helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-ceu-steps'));
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

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[pmp]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

/** The field's line with the given ending (-hint, -error), as a screen reader reads it. */
const lineOf = (input: HTMLElement, ending: string) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith(ending)) ??
      '',
  )?.textContent;

async function saveWith(amount: string, unit: string) {
  const form = showForm();
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Risk workshop' } });
  fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: unit } });
  const input = within(form).getByLabelText('Amount');
  fireEvent.change(input, { target: { value: amount } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
  await focusedSummary(form);
  return input as HTMLInputElement;
}

describe('an amount off the quarter-hour steps', TEST, () => {
  it.each([
    ['0.33', 'In CEU, use steps of 0.025 (a quarter hour): type 0.325 or 0.35.'],
    ['0,33', 'In CEU, use steps of 0.025 (a quarter hour): type 0.325 or 0.35.'],
    ['1.01', 'In CEU, use steps of 0.025 (a quarter hour): type 1 or 1.0250.'],
    ['0.01', 'In CEU, use steps of 0.025 (a quarter hour): type 0.025 or more.'],
  ])('in CEU, %j: says the steps and the nearest amounts in CEU', async (typed, words) => {
    const input = await saveWith(typed, 'ceu');
    expect(lineOf(input, '-error')).toBe(words);
    expect(getSummary().textContent).toContain(`Amount: ${words}`);
    expect(getSummary().textContent).not.toContain('.25, .5 or .75');
    expect(input.value).toBe(typed);
    expect(await store.db.table('activities').count()).toBe(0);
  });

  it('in CEU, the hint says the steps in CEU', async () => {
    const input = await saveWith('0.33', 'ceu');
    expect(lineOf(input, '-hint')).toBe(
      'In steps of 0.025 CEU (a quarter hour), e.g. 0.3 or 1,25.',
    );
  });

  it('in hours, as before', async () => {
    const input = await saveWith('1.1', 'hours');
    expect(lineOf(input, '-error')).toBe('Use quarter-hour steps: .25, .5 or .75.');
    expect(lineOf(input, '-hint')).toBe('In quarter-hour steps, e.g. 1.5 or 1,75.');
  });

  it('an amount in CEU that is in steps is saved as typed', async () => {
    const form = showForm();
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Seminar' } });
    fireEvent.change(within(form).getByLabelText('Activity type'), {
      target: { value: 'course-or-training' },
    });
    fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: 'ceu' } });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '0.325' } });
    fireEvent.change(within(form).getByLabelText('Ways of Working'), { target: { value: '3.25' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () => expect(await store.db.table('activities').count()).toBe(1));
    const [saved] = await store.db.table('activities').toArray();
    expect(saved).toMatchObject({ amount: 0.325, unit: 'ceu' });
  });
});
