// A university course logged with its semester credits (domain-facts §4: ISACA counts 15 CPE
// hours per semester credit; §5.6: PMI counts the hours). The field is there for a course, its
// hint says who counts what, the preview shows ISACA's figure beside PMI's, and a wrong value
// is named with what to type, kept as typed, and nothing is saved.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';
const LABEL = 'Semester credits (optional)';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-semester-credits'));
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

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[earned('cisa'), earned('pmp')]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** A 40-hour university course, all Power Skills for PMI. */
function enterCourse(form: HTMLElement) {
  type(form, 'Title', 'IT audit and assurance (university)');
  type(form, 'Activity type', 'course-or-training');
  type(form, 'Completion date', '2025-05-10');
  type(form, 'Amount', '40');
  type(form, 'Power Skills', '40');
}

/** The preview's card of one credential, by its acronym. */
function outcomeOf(acronym: string) {
  const preview = screen.getByRole('complementary', { name: 'How it counts' });
  return within(preview).getByRole('heading', { name: acronym }).closest('li')!;
}

/** The field's hint and error lines, as a screen reader reads them after its label. */
const descriptionOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('semester credits in the activity form', TEST, () => {
  it('is asked for a course only, with a hint that says who counts what', () => {
    const form = showForm();
    expect(within(form).queryByLabelText(LABEL)).toBeNull();
    type(form, 'Activity type', 'read');
    expect(within(form).queryByLabelText(LABEL)).toBeNull();
    type(form, 'Activity type', 'course-or-training');
    const input = within(form).getByLabelText(LABEL);
    expect(descriptionOf(input)).toBe(
      'For a university or college course. ISACA counts 15 CPE hours per semester credit, or your own number if you set one on the credential’s page; PMI and the other bodies count the amount entered above.',
    );
  });

  it('shows ISACA’s figure from the credits and PMI’s from the hours, and saves them', async () => {
    const form = showForm();
    enterCourse(form);
    expect(outcomeOf('CISA').textContent).toContain('Credits: 40 CPEs');
    type(form, LABEL, '3');
    const cisa = outcomeOf('CISA');
    expect(cisa.textContent).toContain('Credits: 45 CPEs');
    expect(cisa.textContent).toContain('3 semester credits × 15 = 45 CPEs (ISACA)');
    const pmp = outcomeOf('PMP');
    expect(pmp.textContent).toContain('Power Skills: 40 PDUs');
    expect(pmp.textContent).not.toContain('semester credit');

    type(form, LABEL, '1,5');
    expect(outcomeOf('CISA').textContent).toContain(
      '1.5 semester credits × 15 = 22.5 CPEs (ISACA)',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () =>
      expect(
        (await listActivities(store)).map((a) => [a.title, a.amount, a.semesterCredits]),
      ).toEqual([['IT audit and assurance (university)', 40, 1.5]]),
    );
  });

  it.each([
    ['0', 'Enter more than zero semester credits, or leave the field empty.'],
    [
      'three',
      'Enter the course’s semester credits as a number, for example 3 or 1.5, or leave the field empty.',
    ],
    ['1.1', 'Use steps of a quarter credit, for example 3, 1.5 or 2.25.'],
    [
      '45',
      'One activity can carry at most 30 semester credits. Enter this course’s own credits (most courses are 1 to 6), or log each course on its own.',
    ],
  ])('%j: says what to type, keeps the text, saves nothing', async (typed, words) => {
    const form = showForm();
    enterCourse(form);
    type(form, LABEL, typed);
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([`${LABEL}: ${words}`]);
    const input = within(form).getByLabelText<HTMLInputElement>(LABEL);
    expect(descriptionOf(input)).toContain(words);
    expect(input.value).toBe(typed);
    // The summary's entry goes to the field, from the keyboard as from a click.
    fireEvent.click(within(summary).getByRole('button', { name: `${LABEL}: ${words}` }));
    expect(document.activeElement).toBe(input);
    expect(await store.db.table('activities').count()).toBe(0);
  });
});
