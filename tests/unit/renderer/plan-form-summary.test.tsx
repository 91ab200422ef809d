// The study plan form sums up a failed save as the goal and contact forms do: a list at the
// top naming each problem under its field's label, each a button that moves focus to that
// field, and the list itself focused. As the plan's fields are checked while they change, the
// list shrinks as each is put right, without being read out again; what was typed stays.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import type { TargetOption } from '../../../renderer/src/features/study/plan-targets';
import { freshName } from '../../db/helpers';
import {
  focusedSummary,
  follow,
  getSummary,
  liveAround,
  querySummary,
  summaryText,
} from './error-summary-helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('plan-form-summary'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const week: WeeklyAvailability = { mon: 0, tue: 1.5, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
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
  { value: 'goal:g1', label: 'Goal: Lead a PMO', title: 'Lead a PMO', deadline: '2030-06-01' },
];

function renderForm(initial: Partial<PlanDraft>) {
  render(
    <StoreProvider store={store}>
      <PlanForm
        initial={{ ...draft, ...initial }}
        targets={targets}
        week={week}
        onDone={() => undefined}
      />
    </StoreProvider>,
  );
  const form = screen.getByRole('form', { name: 'New study plan' });
  fireEvent.click(within(form).getByRole('button', { name: 'Create plan' }));
  return form;
}

describe('the study plan form’s error summary', { timeout: 30_000 }, () => {
  it('lists each problem under its label, focuses the list, and each button goes to its field', async () => {
    const form = renderForm({
      title: ' ',
      hoursNeeded: 'lots',
      sessionMinutes: '50',
      override: { ...draft.override, mon: '30' },
      blackouts: '2030-02-01\n2030-13-01',
    });
    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('5 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Plan name: Fill this in.',
      'Hours of study needed: Enter a number of hours, for example 120.',
      'Sitting length (minutes): Use steps of 15 minutes, for example 45 or 60.',
      'Monday: This number is outside the range allowed here.',
      'Days with no study: Not a date: “2030-13-01”. Type each day as yyyy-mm-dd, for example 2026-12-25.',
    ]);
    expect(follow(summary, 'Monday')).toBe(within(form).getByLabelText('Monday'));
    expect(follow(summary, 'Days with no study')).toBe(
      within(form).getByLabelText('Days with no study'),
    );
    expect(follow(summary, 'Sitting length (minutes)')).toBe(
      within(form).getByLabelText('Sitting length (minutes)'),
    );
    expect(follow(summary, 'Plan name')).toBe(within(form).getByLabelText('Plan name'));
    expect((within(form).getByLabelText('Hours of study needed') as HTMLInputElement).value).toBe(
      'lots',
    );
    expect(await store.db.table('studyPlans').count()).toBe(0);
  });

  it('shrinks as each field is put right, and goes once all are', async () => {
    const form = renderForm({ hoursNeeded: 'lots', sessionMinutes: '50' });
    const { summary, heading } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    fireEvent.change(within(form).getByLabelText('Hours of study needed'), {
      target: { value: '40' },
    });
    expect(summaryText(summary)).toEqual({
      heading: 'One thing needs your attention; nothing was saved:',
      links: ['Sitting length (minutes): Use steps of 15 minutes, for example 45 or 60.'],
    });
    fireEvent.change(within(form).getByLabelText('Sitting length (minutes)'), {
      target: { value: '45' },
    });
    expect(querySummary(form)).toBeNull();
  });

  it('is heard once, when a failed save focuses it: putting a field right announces nothing', async () => {
    const form = renderForm({ hoursNeeded: 'lots', sessionMinutes: '50' });
    const { summary, heading } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(summary.getAttribute('aria-labelledby')).toBe(summary.querySelector('p')?.id);

    const hours = within(form).getByLabelText('Hours of study needed');
    hours.focus();
    fireEvent.change(hours, { target: { value: '40' } });

    // The list follows the fix quietly: no alert anywhere, nothing live in or around it, and
    // focus stays where the person is typing.
    expect(summaryText(getSummary(form))).toEqual({
      heading: 'One thing needs your attention; nothing was saved:',
      links: ['Sitting length (minutes): Use steps of 15 minutes, for example 45 or 60.'],
    });
    expect(screen.queryAllByRole('alert').map((a) => a.textContent)).toEqual([]);
    expect(liveAround(getSummary(form))).toEqual([]);
    expect(document.activeElement).toBe(hours);
    // The inline error at the field went with the fix; the one still wrong keeps its own.
    expect(hours.getAttribute('aria-invalid')).toBeNull();
    expect(
      within(form).getByLabelText('Sitting length (minutes)').getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('names the free days as the form does for a goal’s target date', async () => {
    const form = renderForm({ target: 'goal:g1', bufferDays: '2.5' });
    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual(['Free days before the target date: Type whole days, for example 2.']);
    expect(follow(summary, 'Free days before the target date')).toBe(
      within(form).getByLabelText('Free days before the target date'),
    );
  });
});
