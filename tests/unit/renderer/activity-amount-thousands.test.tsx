// The activity form reads "1.5" and "1,5" but no thousands separators (one way to read a
// number). Typed with one ("1,234.5", "1 234,5"), the amount says which character to leave
// out and what to type, not just "enter a number"; what was typed stays, nothing is saved.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-amount-thousands'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
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

/** The field's error line, as a screen reader reads it after the field's hint. */
const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent;

async function saveWithAmount(amount: string) {
  const form = showForm();
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Risk workshop' } });
  const input = within(form).getByLabelText('Amount');
  fireEvent.change(input, { target: { value: amount } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
  await focusedSummary(form);
  return input as HTMLInputElement;
}

describe('an amount typed with a thousands separator', TEST, () => {
  it.each([
    ['1,234.5', 'Leave out the thousands separator: type 1234.5 instead.'],
    ['1 234,5', 'Leave out the thousands separator: type 1234,5 instead.'],
    ['1\u202f234', 'Leave out the thousands separator: type 1234 instead.'],
    ['1.234.567', 'Leave out the thousands separator: type 1234567 instead.'],
  ])('%j: says to leave out the separator, keeps the text, saves nothing', async (typed, words) => {
    const input = await saveWithAmount(typed);
    expect(errorOf(input)).toBe(words);
    expect(getSummary().textContent).toContain(words);
    expect(input.value).toBe(typed);
    expect(await store.db.table('activities').count()).toBe(0);
  });

  it.each([
    ['1,500', '“1,500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.'],
    ['1.500', '“1.500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.'],
  ])(
    '%j (as the CSV import reads it): asks which of the two, saves nothing',
    async (typed, words) => {
      const input = await saveWithAmount(typed);
      expect(errorOf(input)).toBe(words);
      // The error summary at the top says the same, not "enter a number".
      expect(getSummary().textContent).toContain(words);
      expect(input.value).toBe(typed);
      expect(await store.db.table('activities').count()).toBe(0);
    },
  );

  it('any other text that is not a number still asks for a number', async () => {
    const input = await saveWithAmount('lots');
    expect(errorOf(input)).toBe('Enter a number, for example 1.5.');
  });
});
