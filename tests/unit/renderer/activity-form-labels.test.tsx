// The activity form's error summary names each problem by the label the form shows for its
// field, word for word ("Relevant share (%)", not "Relevant share"), so a person reading the
// summary finds the field it means; each entry goes to that field. The preview's "complete or
// correct: …" names the fields by the same words.
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
import { focusedSummary } from './error-summary-helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-form-labels'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const earned = (credentialId: string): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage: 'earned',
    earnedDate: '2024-01-15',
  },
  rule: findCredentialRule(credentialId)!,
});

/** The form for a new activity, for a PMP and a PMI-ACP holder (whose Ways of Working is allocated). */
function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[earned('pmp'), earned('pmi-acp')]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

async function save(form: HTMLElement) {
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
  return focusedSummary(form);
}

/** The group (fieldset) whose legend reads `label` exactly, if any. */
const groupNamed = (form: HTMLElement, label: string) =>
  Array.from(form.querySelectorAll('fieldset')).find(
    (f) => f.querySelector(':scope > legend')?.textContent === label,
  );

/**
 * Each summary entry's label is a label of the form (a control's, or a group's legend), and
 * following the entry puts focus on that control (in that group). Returns the labels.
 */
function labelsOnForm(form: HTMLElement, summary: HTMLElement): string[] {
  return within(summary)
    .getAllByRole('button')
    .map((button) => {
      const text = button.textContent ?? '';
      const label = text.slice(0, text.indexOf(': '));
      const controls = within(form).queryAllByLabelText(label);
      const group = groupNamed(form, label);
      if (controls.length !== 1 && !group) throw new Error(`“${label}” is not a label of the form`);
      fireEvent.click(button);
      if (controls.length === 1) expect(document.activeElement).toBe(controls[0]);
      else expect(group?.contains(document.activeElement)).toBe(true);
      return label;
    });
}

describe('the activity form’s summary and its fields', TEST, () => {
  it('names the basic fields and the amounts as the form does', async () => {
    const form = showForm();
    type(form, 'Completion date', '2026-12-01');
    type(form, 'Start date (optional)', '2026-12-05');
    type(form, 'Amount', '-2');
    type(form, 'Relevant share (%)', '150');
    const { summary, links } = await save(form);
    expect(links).toEqual([
      'Title: This is needed.',
      'Activity type: Choose one of the options in the list.',
      'Completion date: This date is in the future. Use today or an earlier date, or mark the activity as planned.',
      'Start date (optional): The start date must be on or before the completion date.',
      'Amount: This cannot be negative.',
      'Relevant share (%): The relevant share is a percentage above 0 and at most 100.',
    ]);
    expect(labelsOnForm(form, summary)).toEqual([
      'Title',
      'Activity type',
      'Completion date',
      'Start date (optional)',
      'Amount',
      'Relevant share (%)',
    ]);
    // The preview names what blocks it by the same words.
    expect(screen.getByRole('complementary', { name: 'How it counts' }).textContent).toContain(
      'To see how it counts, complete or correct: Activity type, Completion date, Start date (optional), Amount, Relevant share (%).',
    );
  });

  it('names the split’s areas, the split itself and a credential’s allocation as the form does', async () => {
    const form = showForm();
    type(form, 'Title', 'Agile leadership course');
    type(form, 'Activity type', 'course-or-training');
    type(form, 'Completion date', '2025-05-10');
    type(form, 'Amount', '6');
    type(form, 'Ways of Working', 'four');
    type(form, 'Power Skills', '1.1');
    type(form, 'Business Acumen', '-1');
    type(form, 'Ways of Working hours for PMI-ACP', 'x');
    const first = await save(form);
    expect(labelsOnForm(form, first.summary)).toEqual([
      'Ways of Working',
      'Power Skills',
      'Business Acumen',
      'Ways of Working hours for PMI-ACP',
    ]);

    // Readable areas that do not add up: the problem is the whole split's (its group).
    type(form, 'Ways of Working', '4');
    type(form, 'Power Skills', '1');
    type(form, 'Business Acumen', '0');
    type(form, 'Ways of Working hours for PMI-ACP', '5');
    const second = await save(form);
    expect(second.links).toEqual([
      'Talent Triangle split: The areas must add up to the counted hours: 6, not 5.',
      'Ways of Working hours for PMI-ACP: At most 4 hours of Ways of Working can be allocated.',
    ]);
    expect(labelsOnForm(form, second.summary)).toEqual([
      'Talent Triangle split',
      'Ways of Working hours for PMI-ACP',
    ]);
  });

  it('names the time in the role of Work as a practitioner as the form does', async () => {
    const form = showForm();
    type(form, 'Title', 'Leading the migration project');
    type(form, 'Activity type', 'work-as-practitioner');
    type(form, 'Completion date', '2025-05-10');
    type(form, 'Amount', '8');
    // Until filled, from left blank: the blank from field is the one named.
    type(form, 'In the role until (optional)', '2025-04-30');
    const { summary, links } = await save(form);
    expect(links).toEqual([
      'In the role from (optional): Enter the first day in the role, or clear “In the role until” to claim without one.',
    ]);
    expect(labelsOnForm(form, summary)).toEqual(['In the role from (optional)']);
  });
});
