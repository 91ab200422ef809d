// A study plan save the store refuses — its checks read the stored plan, which another window
// may have changed since the form opened — used to leave the form as it was, without a word:
// the person pressed "Save and re-plan" and nothing happened. The refusal is now shown as the
// form's own errors, in its summary, with focus on it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import type { TargetOption } from '../../../renderer/src/features/study/plan-targets';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('plan-form-store-refusal'));
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
];

describe('a study plan save the store refuses', { timeout: 30_000 }, () => {
  it('shows why in the form’s summary, and the plan is left as stored', async () => {
    const saved = await savePlan(store, draft, week, '2026-11-22');
    if (!saved.ok) throw new Error('fixture');
    // The form was opened while the plan's exam date was one now passed; another window has
    // since moved it. Kept as it was, the passed date is accepted by the form, not the store.
    const opened = { ...draft, start: '2019-06-01', deadline: '2020-01-01' };
    render(
      <StoreProvider store={store}>
        <PlanForm
          initial={opened}
          planId={saved.plan.id}
          targets={targets}
          week={week}
          onDone={() => undefined}
        />
      </StoreProvider>,
    );
    const form = screen.getByRole('form', { name: 'Edit study plan' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(
      () => expect(form.querySelector('.error-summary, [role="alert"]')).not.toBeNull(),
      SLOW,
    );
    expect(form.textContent).toMatch(/nothing was saved/);
    expect(form.textContent).toContain('This date is today or has passed');
    const stored = await store.db.table('studyPlans').get(saved.plan.id);
    expect(stored.deadline).toBe('2030-06-01');
  });
});
