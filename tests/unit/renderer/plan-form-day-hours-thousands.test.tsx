// The study plan form's own hours for a day ("Hours a day for this plan"): "1,000" or "1.000"
// was read as 1 hour (the comma taken for a decimal point) and the plan was laid out with it.
// Such a number may be a thousand or one: the save is refused and the day's field says the two
// numbers it could be, as the hours needed and the credit log's amount say it. A decimal comma
// ("1,5") is still read.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import type { TargetOption } from '../../../renderer/src/features/study/plan-targets';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('plan-form-day-hours-thousands'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const week: WeeklyAvailability = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 4, sun: 4 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '120',
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

function save(tuesday: string, onDone: (id: string | null) => void = () => undefined) {
  render(
    <StoreProvider store={store}>
      <PlanForm
        initial={{ ...draft, override: { ...draft.override, tue: tuesday } }}
        targets={targets}
        week={week}
        onDone={onDone}
      />
    </StoreProvider>,
  );
  const form = screen.getByRole('form', { name: 'New study plan' });
  fireEvent.click(within(form).getByRole('button', { name: 'Create plan' }));
  return { form, field: within(form).getByLabelText('Tuesday') };
}

describe('a day’s own hours typed with a separator before three digits', () => {
  it.each([
    ['1,000', '“1,000” could be 1000 or 1: type the one you mean, 1000 or 1.'],
    ['1.000', '“1.000” could be 1000 or 1: type the one you mean, 1000 or 1.'],
  ])('%s: refused, the day says the two numbers, nothing saved', async (typed, words) => {
    const { form, field } = save(typed);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const error = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(words);
    expect(form.querySelector('.error-summary')?.textContent).toContain(`Tuesday: ${words}`);
    expect((field as HTMLInputElement).value).toBe(typed);
    expect(await store.db.table('studyPlans').count()).toBe(0);
  });

  it('a word says to enter a number of hours', async () => {
    const { field } = save('two');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const error = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Enter a number of hours, for example 2.');
  });

  it('1,5 is still 1.5 hours on that day', async () => {
    const saved: (string | null)[] = [];
    save('1,5', (id) => saved.push(id));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    const plans = await store.db.table('studyPlans').toArray();
    expect(plans.map((p: { availabilityOverride: object }) => p.availabilityOverride)).toEqual([
      { tue: 1.5 },
    ]);
  });
});
