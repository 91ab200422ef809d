// A credential with a study plan preparing for its exam, deleted (user walk-through): the
// delete names the plan that stays without an exam, Undo puts back exactly what was there,
// the plan's card says its exam was deleted and links to its form, and the form keeps the
// plan's own fields and asks what it prepares for instead of showing a blank choice.
// jsdom joins a button's hidden words without a space, so buttons are found by their first words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import { draftFromPlan, type PlanDraft } from '../../../shared/domain/study';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import {
  listPlans,
  savePlan,
  type StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlanCard } from '../../../renderer/src/features/study/PlanCard';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import { goalDeletedText, heldDeletedText } from '../../../renderer/src/features/study/plan-target';
import type { TargetOption } from '../../../renderer/src/features/study/plan-targets';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { SUMMARY_NAME } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';
const week: WeeklyAvailability = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 2, sun: 0 };

let store: Store;
let held: HeldRow;
let plan: StudyPlanRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('credential-delete-plan'));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmi-pmocp', stage: 'exam-booked', examDate: '2027-03-01', renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  held = saved.value;
  const draft: PlanDraft = {
    title: 'PMI-PMOCP exam',
    target: `exam:${held.id}`,
    hoursNeeded: '30',
    start: ASOF,
    deadline: '2027-03-01',
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const made = await savePlan(store, draft, week, ASOF);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  plan = made.plan;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const card = () => (
  <PlanCard plan={plan} blocks={[]} sessions={[]} today={ASOF} weekStart="monday" week={week} />
);

describe('deleting a credential a study plan prepares for', TEST, () => {
  it('names the plan that stays, and Undo puts the credential back exactly', async () => {
    show(<CredentialDetail heldId={held.id} />);
    await screen.findByRole('heading', { level: 1, name: /PMI-PMOCP/ }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Delete credential' }));
    const toast = await screen.findByText(/^PMI-PMOCP deleted\./, {}, SLOW);
    expect(toast.textContent).toBe(
      'PMI-PMOCP deleted. Its study plan “PMI-PMOCP exam” stays, without an exam to prepare for.',
    );
    expect(await listHeld(store)).toEqual([]);
    // The plan is left as it was: only the credential goes.
    expect(await listPlans(store)).toEqual([plan]);

    fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    await waitFor(async () => expect(await listHeld(store)).toEqual([held]), SLOW);
    expect(await listPlans(store)).toEqual([plan]);
  });

  it('says nothing of plans when none prepares for it, and names several in a list', () => {
    expect(heldDeletedText('PMP', [])).toBe('PMP deleted.');
    expect(heldDeletedText('PMP', ['Spring', 'Autumn', 'Retake'])).toBe(
      'PMP deleted. Its study plans “Spring”, “Autumn” and “Retake” stay, without an exam to prepare for.',
    );
  });

  it('a goal deleted names its plans the same way', () => {
    expect(goalDeletedText('Become PMI-ACP certified', [])).toBe(
      'Deleted “Become PMI-ACP certified”.',
    );
    expect(goalDeletedText('Become PMI-ACP certified', ['Agile study'])).toBe(
      'Deleted “Become PMI-ACP certified”. Its study plan “Agile study” stays, without a goal to prepare for.',
    );
  });
});

describe('the card of a plan whose exam was deleted', TEST, () => {
  it('says so plainly and links to the plan’s form, instead of “On schedule”', async () => {
    await store.db.table('credentials').delete(held.id);
    show(card());
    const article = await screen.findByRole('article', { name: 'PMI-PMOCP exam' }, SLOW);
    const note = await within(article).findByText(/^Prepared for an exam/, {}, SLOW);
    expect(note.closest('p')?.textContent).toBe(
      'Prepared for an exam that was deleted: choose what it prepares for.',
    );
    expect(
      within(article).getByRole('link', { name: 'choose what it prepares for' }),
    ).toHaveProperty('hash', `#/study/plan/${plan.id}`);
    expect(article.textContent).not.toContain('On schedule');
  });

  it('says where the plan stands while its exam is there', async () => {
    show(card());
    const article = await screen.findByRole('article', { name: 'PMI-PMOCP exam' }, SLOW);
    await within(article).findByText('On schedule.', {}, SLOW);
    expect(article.textContent).not.toContain('deleted');
  });
});

describe('the form of a plan whose exam was deleted', TEST, () => {
  const other: TargetOption = {
    value: 'goal:g1',
    label: 'Goal: Lead a PMO',
    title: 'Lead a PMO',
    deadline: '2027-06-30',
  };

  it('keeps the plan’s own fields, chooses nothing, and asks what it prepares for', async () => {
    await store.db.table('credentials').delete(held.id);
    show(
      <PlanForm
        initial={draftFromPlan(plan)}
        planId={plan.id}
        targets={[other]}
        week={week}
        onDone={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Edit study plan' });
    const select = within(form).getByLabelText<HTMLSelectElement>('Prepares for');
    await waitFor(
      () =>
        expect(
          document.getElementById(select.getAttribute('aria-describedby') ?? ''),
        ).toHaveProperty(
          'textContent',
          'The exam this plan prepared for was deleted. Choose what it prepares for now.',
        ),
      SLOW,
    );
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('Choose an exam or a goal');
    expect(within(form).getByLabelText<HTMLInputElement>('Plan name').value).toBe('PMI-PMOCP exam');
    expect(within(form).getByLabelText<HTMLInputElement>('Hours of study needed').value).toBe('30');

    // Saving without a choice is refused: the plan still aims where it did.
    fireEvent.click(within(form).getByRole('button', { name: 'Save and re-plan' }));
    await within(form).findByRole('region', { name: SUMMARY_NAME }, SLOW);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect((await listPlans(store))[0]?.target).toEqual({ kind: 'exam', heldId: held.id });
  });

  it('keeps an exam that is still there as the choice, even when it is no longer offered', async () => {
    show(
      <PlanForm
        initial={draftFromPlan(plan)}
        planId={plan.id}
        targets={[other]}
        week={week}
        onDone={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Edit study plan' });
    const select = within(form).getByLabelText<HTMLSelectElement>('Prepares for');
    await waitFor(() => expect(select.value).toBe(`exam:${held.id}`), SLOW);
    expect(select.selectedOptions[0]?.textContent).toBe(
      `PMI-PMOCP exam on ${formatDate('2027-03-01')}`,
    );
    expect(form.textContent).not.toContain('was deleted');
  });
});
