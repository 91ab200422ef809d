// A study plan's edit form: its "does it fit?" line keeps the time of the plan's removed blocks
// free, as the re-plan "Save and re-plan" makes keeps it (previewStudyPlan with the removed
// blocks). Before, it said "The plan fits" with every hour of the weeks counted, and the save
// then laid the plan an hour short.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { removeBlock } from '../../../renderer/src/db/repositories/study-block-remove';
import {
  listBlocks,
  savePlan,
  type StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TODAY = '2026-11-16'; // a Monday
const week: WeeklyAvailability = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
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
  targetDate: '2026-12-01',
  milestones: [],
  status: 'active',
  ...stamps,
};
// Every hour of the time to 30 Nov: Tue and Thu 1 h, Sat 2 h, for two weeks.
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'goal:pmp',
  hoursNeeded: '8',
  start: TODAY,
  deadline: '2026-12-01',
  sessionMinutes: '60',
  bufferDays: '0',
  dayStart: '18:00',
  override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
  blackouts: '',
};

let store: Store;
let plan: StudyPlanRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 16, 9, 0));
  store = await openStore(freshName('study-plan-preview-removed'));
  const profile = emptyProfileDraft();
  const savedProfile = await saveProfile(store, {
    ...profile,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...profile.weeklyAvailability, tue: '1', thu: '1', sat: '2' },
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

async function fitLine() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <StudyScreen rest={['plan', plan.id]} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = await screen.findByRole('form', { name: 'Edit study plan' }, SLOW);
  return () => within(form).getByRole('status').textContent;
}

describe('the plan form’s preview of an edit', { timeout: 30_000 }, () => {
  it('counts no time of a removed block, as the save will not lay study there', async () => {
    const line = await fitLine();
    await waitFor(() => expect(line()).toMatch(/^The plan fits: 8 h needed, 8 h available/), SLOW);
    // Thursday 26's block removed (in the week of another window) while the form is open.
    const thursday = (await listBlocks(store)).find((b) => b.date === '2026-11-26')!;
    expect((await removeBlock(store, thursday.id, TODAY, thursday)).ok).toBe(true);
    await waitFor(() => expect(line()).toMatch(/^The plan does not fit:/), SLOW);
    expect(line()).toMatch('8 h needed, 7 h available before the target date');
    expect(line()).toMatch('You are 1 h short.');
  });
});
