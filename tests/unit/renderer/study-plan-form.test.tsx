/**
 * The study plan form's messages (study review B6–B8): a number that is not whole says so, a
 * wrong blackout day is named and its error goes once it is fixed, the profile hint reads as
 * the profile is, and with nothing to plan for the form links to where to add it.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import type { TargetOption } from '../../../renderer/src/features/study/plan-targets';
import { freshName } from '../../db/helpers';
import { getSummary, querySummary } from './error-summary-helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('plan-form'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

// The sample profile: Tuesday and Thursday 1.5 h, Saturday 3 h, nothing on Monday.
const sampleWeek: WeeklyAvailability = {
  mon: 0,
  tue: 1.5,
  wed: 0,
  thu: 1.5,
  fri: 0,
  sat: 3,
  sun: 0,
};
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '40',
  start: '2030-01-07',
  deadline: '2030-06-01',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
  blackouts: '',
};
const targets: TargetOption[] = [
  { value: 'exam:h1', label: 'PMP exam', title: 'PMP exam', deadline: '2030-06-01' },
];

function renderForm(initial: Partial<PlanDraft> = {}, options = targets, week = sampleWeek) {
  render(
    <StoreProvider store={store}>
      <PlanForm
        initial={{ ...draft, ...initial }}
        targets={options}
        week={week}
        onDone={() => undefined}
      />
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'New study plan' });
}
const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Create plan' }));
const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent;

describe('PlanForm', () => {
  it('asks for whole days when free days are 2.5, and the error goes once fixed', () => {
    const form = renderForm({ bufferDays: '2.5' });
    save(form);
    const free = within(form).getByLabelText('Free days before the exam');
    expect(errorOf(free)).toBe('Type whole days, for example 2.');
    expect(getSummary(form).textContent).toMatch('nothing was saved');
    fireEvent.change(free, { target: { value: '2' } });
    expect(errorOf(free)).toBeUndefined();
    expect(free.getAttribute('aria-invalid')).toBeNull();
    expect(querySummary(form)).toBeNull();
  });

  it('names the days that are not dates, and the error goes once they are fixed', () => {
    const form = renderForm({ blackouts: '2030-02-01\n2030-13-01\n25/12' });
    save(form);
    const days = within(form).getByLabelText('Days with no study');
    expect(errorOf(days)).toBe(
      'Not dates: “2030-13-01” and “25/12”. Type each day as yyyy-mm-dd, for example 2026-12-25.',
    );
    fireEvent.change(days, { target: { value: '2030-02-01\n2030-03-01\n25/12' } });
    expect(errorOf(days)).toBe(
      'Not a date: “25/12”. Type each day as yyyy-mm-dd, for example 2026-12-25.',
    );
    fireEvent.change(days, { target: { value: '2030-02-01\n2030-03-01\n2030-12-25' } });
    expect(errorOf(days)).toBeUndefined();
  });

  it('says what the profile gives, without “Monday: 0 h, and so on”', () => {
    const form = renderForm();
    expect(within(form).getByText(/^Leave a day empty/).textContent).toBe(
      'Leave a day empty to use your profile: Tuesday 1.5 h, Thursday 1.5 h and Saturday 3 h; no study time on the other days.',
    );
  });

  it('with no exam or goal yet, links to where to add one', () => {
    const form = renderForm({ target: '' }, []);
    expect(
      within(form).getByRole('link', { name: 'add an exam date to a credential' }),
    ).toHaveProperty('hash', '#/credentials');
    expect(within(form).getByRole('link', { name: 'add a goal' })).toHaveProperty(
      'hash',
      '#/goals',
    );
  });
});
