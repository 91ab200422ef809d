// A study plan's edit address (#/study/plan/<id>) while the plan is archived, or is changed,
// archived or deleted in another window (a second window on the same database: here, a write
// straight through the repository) after its form was opened.
// - Archived: the edit view says so and offers "Make active again" instead of the form (a save
//   re-laid the plan's blocks, which then stayed hidden); made active, the form opens.
// - Deleted: the form says so, keeps what was typed and offers "Save as a new plan"; a save
//   never brings the plan back unseen (it was saved as a new plan without a word).
// - Changed: the form says so, keeps what was typed, and a save then replaces the change.
// - Archived while open: the form says so, saves nothing until it is made active again.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import {
  archivePlan,
  deletePlan,
  listBlocks,
  listPlans,
  savePlan,
  type StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TODAY = '2026-11-22';
const week: WeeklyAvailability = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const goal: GoalRow = {
  id: 'pmp',
  title: 'Pass the PMP',
  kind: 'custom',
  target: {
    type: 'number',
    value: 1,
    unit: 'custom',
    unitLabel: 'exam',
    measure: { source: 'manual', current: 0 },
  },
  startDate: '2026-01-01',
  targetDate: '2027-03-20',
  milestones: [],
  status: 'active',
  ...stamps,
};
const draft: PlanDraft = {
  title: 'PMP exam: first pass',
  target: 'goal:pmp',
  hoursNeeded: '40',
  start: TODAY,
  deadline: '2027-03-20',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
  blackouts: '',
};

let store: Store;
let plan: StudyPlanRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('study-plan-edit-two-windows'));
  const profile = emptyProfileDraft();
  const savedProfile = await saveProfile(store, {
    ...profile,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...profile.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
  });
  if (!savedProfile.ok) throw new Error('profile not saved');
  await store.db.table('goals').put(goal);
  const made = await savePlan(store, draft, week, TODAY);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  plan = made.plan;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(rest: string[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <StudyScreen rest={rest} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const stored = async () => (await listPlans(store)).find((p) => p.id === plan.id);

/** Opens the plan's edit address and types a new title and hours into its form. */
async function openAndType() {
  show(['plan', plan.id]);
  const form = await screen.findByRole('form', { name: 'Edit study plan' }, SLOW);
  fireEvent.change(within(form).getByLabelText('Plan name'), {
    target: { value: 'PMP: the whole book' },
  });
  fireEvent.change(within(form).getByLabelText('Hours of study needed'), {
    target: { value: '60' },
  });
  return form;
}

describe('the edit address of an archived plan', { timeout: 20_000 }, () => {
  it('says the plan is archived and offers Make active again, not the form', async () => {
    await archivePlan(store, plan.id);
    const blocksBefore = await listBlocks(store);
    show(['plan', plan.id]);
    await screen.findByRole('heading', { level: 1, name: 'PMP exam: first pass' }, SLOW);
    expect(screen.queryByRole('form', { name: 'Edit study plan' })).toBeNull();
    expect(screen.queryByText(/^This plan is archived/)).not.toBeNull();
    const button = screen.getByRole('button', { name: 'Make active again' });
    expect(button.tagName).toBe('BUTTON');
    expect(await listBlocks(store)).toEqual(blocksBefore);

    button.focus();
    fireEvent.click(button);
    // Active again, the form opens, focus on its heading (the page's name).
    await screen.findByRole('form', { name: 'Edit study plan' }, SLOW);
    expect((await stored())?.status).toBe('active');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'), SLOW);
  });
});

describe('a plan open in its form and deleted in another window', { timeout: 20_000 }, () => {
  it('says so, keeps what was typed, and saves it only as a new plan, when asked', async () => {
    const form = await openAndType();
    await deletePlan(store, plan.id, TODAY);
    const alert = await within(form).findByText(/deleted in another window/, {}, SLOW);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(within(form).getByLabelText('Plan name')).toHaveProperty('value', 'PMP: the whole book');
    expect(within(form).getByLabelText('Hours of study needed')).toHaveProperty('value', '60');
    expect(within(form).queryByRole('button', { name: 'Save and re-plan' })).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Save as a new plan' }));
    await waitFor(async () => expect(await listPlans(store)).toHaveLength(1), SLOW);
    const [made] = await listPlans(store);
    expect(made).toMatchObject({ title: 'PMP: the whole book', hoursNeeded: 60 });
    expect(made!.id).not.toBe(plan.id);
  });

  it('the store never recreates an edited plan that is gone', async () => {
    await deletePlan(store, plan.id, TODAY);
    const r = await savePlan(store, { ...draft, title: 'Again' }, week, TODAY, plan.id);
    expect(r).toMatchObject({ ok: false, conflict: 'DELETED' });
    expect(await listPlans(store)).toEqual([]);
    expect(await listBlocks(store)).toEqual([]);
  });
});

describe('a plan open in its form and changed in another window', { timeout: 20_000 }, () => {
  it('says so, keeps what was typed, and a save then replaces the other change', async () => {
    const form = await openAndType();
    const elsewhere = await savePlan(store, { ...draft, bufferDays: '5' }, week, TODAY, plan.id);
    expect(elsewhere.ok).toBe(true);
    const alert = await within(form).findByText(/changed in another window/, {}, SLOW);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(within(form).getByLabelText('Plan name')).toHaveProperty('value', 'PMP: the whole book');

    fireEvent.click(within(form).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(async () => expect((await stored())?.title).toBe('PMP: the whole book'), SLOW);
    expect(await stored()).toMatchObject({ hoursNeeded: 60, bufferDays: 2 });
  });

  it('the store refuses a save over a change the form has not seen', async () => {
    const elsewhere = await savePlan(store, { ...draft, bufferDays: '5' }, week, TODAY, plan.id);
    expect(elsewhere.ok).toBe(true);
    const r = await savePlan(store, { ...draft, title: 'Mine' }, week, TODAY, plan.id, plan);
    expect(r).toMatchObject({ ok: false, conflict: 'CHANGED' });
    expect(await stored()).toMatchObject({ title: 'PMP exam: first pass', bufferDays: 5 });
  });
});

describe('a plan open in its form and archived in another window', { timeout: 20_000 }, () => {
  it('saves nothing until it is made active again from the form', async () => {
    const form = await openAndType();
    await archivePlan(store, plan.id);
    const alert = await within(form).findByText(/archived in another window/, {}, SLOW);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    const blocksBefore = await listBlocks(store);

    fireEvent.click(within(form).getByRole('button', { name: 'Save and re-plan' }));
    // The press has been answered (the focus goes to the message); then a moment for any write.
    await waitFor(() => expect(document.activeElement).toBe(alert.closest('.form-summary')), {
      timeout: 10_000,
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toMatchObject({ title: 'PMP exam: first pass', status: 'archived' });
    expect(await listBlocks(store)).toEqual(blocksBefore);
    // The store refuses it too.
    const r = await savePlan(store, draft, week, TODAY, plan.id);
    expect(r).toMatchObject({ ok: false, conflict: 'ARCHIVED' });

    fireEvent.click(within(form).getByRole('button', { name: 'Make active again' }));
    await waitFor(async () => expect((await stored())?.status).toBe('active'), SLOW);
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull(), SLOW);
    expect(within(form).getByLabelText('Plan name')).toHaveProperty('value', 'PMP: the whole book');
    fireEvent.click(within(form).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(async () => expect((await stored())?.title).toBe('PMP: the whole book'), SLOW);
  });
});
