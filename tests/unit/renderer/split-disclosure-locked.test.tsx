// For someone who holds no PMI credential the Talent Triangle split is folded away behind a
// disclosure button. Once the split has figures it cannot fold (nothing typed is hidden), so
// the button must not go on reading as a toggle that does nothing: it says it is unavailable
// (aria-disabled) and why, in words; cleared, it folds again.
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

const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('split-disclosure-locked'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const CBAP: HeldWithRule = {
  credential: { id: 'held-cbap', credentialId: 'cbap', stage: 'earned', earnedDate: '2025-01-15' },
  rule: findCredentialRule('cbap')!,
};

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[CBAP]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** What the button says beyond its name (its aria-describedby), or null. */
const described = (el: HTMLElement) => {
  const ids = el.getAttribute('aria-describedby');
  return ids
    ? ids
        .split(' ')
        .map((i) => document.getElementById(i)?.textContent)
        .join(' ')
    : null;
};

describe('the Talent Triangle split disclosure with figures in it', () => {
  it('says it cannot fold, and why, until the figures are cleared', () => {
    const form = showForm();
    type(form, 'Title', 'Negotiation course');
    type(form, 'Activity type', 'course-or-training');
    type(form, 'Completion date', '2026-10-01');
    type(form, 'Amount', '16');
    const disclosure = within(form).getByRole('button', {
      name: 'Talent Triangle split (PMI only)',
    });
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(disclosure.getAttribute('aria-disabled')).toBeNull();
    expect(described(disclosure)).toBeNull();

    type(form, 'Ways of Working', '4');
    expect(disclosure.getAttribute('aria-disabled')).toBe('true');
    expect(described(disclosure)).toBe('Clear the figures to fold this away.');
    expect(within(form).getByText('Clear the figures to fold this away.').tagName).toBe('P');
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect((within(form).getByLabelText('Ways of Working') as HTMLInputElement).value).toBe('4');

    type(form, 'Ways of Working', '');
    expect(disclosure.getAttribute('aria-disabled')).toBeNull();
    expect(within(form).queryByText('Clear the figures to fold this away.')).toBeNull();
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(within(form).queryByLabelText('Ways of Working')).toBeNull();
  });
});
