// "1,250" typed in an area of the Talent Triangle split or in a Ways of Working allocation was
// told "Enter a number, for example 1.5.", while the same typed in the amount says the two
// numbers it could be. Every field of hours now says it as the amount does (amountError), in
// the field and in the error summary; what was typed stays and nothing is saved.
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
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('split-thousands-wording'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

const holding = (credentialId: string): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage: 'earned',
    earnedDate: '2024-01-15',
  },
  rule: findCredentialRule(credentialId)!,
});

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor
            original={null}
            held={[holding('pmp'), holding('pmi-acp')]}
            today={TODAY}
          />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent;

/** The form with a course of 2 hours in it, ready for a split. */
function showCourse() {
  const form = showForm();
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Agile course' } });
  fireEvent.change(within(form).getByLabelText('Activity type'), {
    target: { value: 'course-or-training' },
  });
  fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '2' } });
  return form;
}

const UNCLEAR = '“1,250” could be 1250 or 1.25: type the one you mean, 1250 or 1.25.';

describe('a field of hours typed “1,250”', TEST, () => {
  it.each([
    'Ways of Working',
    'Power Skills',
    'Business Acumen',
    'Ways of Working hours for PMI-ACP',
  ])('%s: says the two numbers it could be, as the amount does', async (label) => {
    const form = showCourse();
    const input = within(form).getByLabelText(label) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1,250' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await focusedSummary(form);

    expect(errorOf(input)).toBe(UNCLEAR);
    expect(getSummary().textContent).toContain(`${label}: ${UNCLEAR}`);
    expect(getSummary().textContent).not.toContain('Enter a number, for example 1.5.');
    expect(input.value).toBe('1,250');
    expect(await store.db.table('activities').count()).toBe(0);
  });

  it('“1,234.5”: which character to leave out', async () => {
    const form = showCourse();
    const input = within(form).getByLabelText('Power Skills');
    fireEvent.change(input, { target: { value: '1,234.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await focusedSummary(form);
    expect(errorOf(input)).toBe('Leave out the thousands separator: type 1234.5 instead.');
  });

  it('text that is no number at all still asks for a number', async () => {
    const form = showCourse();
    const input = within(form).getByLabelText('Business Acumen');
    fireEvent.change(input, { target: { value: 'some' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await focusedSummary(form);
    expect(errorOf(input)).toBe('Enter a number, for example 1.5.');
  });
});
