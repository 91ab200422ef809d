// A goal's "Target number" is read as the credit log and every journal form read hours
// (parseHours, review H): "7,5" is 7.5, and "1.500" or "1,500" (1500 or 1.5?) is refused with
// the two numbers it could be, never read silently as 1.5. Before, the form refused "7,5"
// ("Enter a number") and saved "1.500" as 1.5.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { validateGoal } from '../../../shared/domain/goals';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listGoals } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import {
  draftToGoal,
  emptyGoalDraft,
  withKind,
  type GoalDraft,
} from '../../../renderer/src/features/goals/goal-draft';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const ASOF = '2026-11-22';
const SLOW = { timeout: 5000 };

function hoursDraft(value: string): GoalDraft {
  const d = withKind({ ...emptyGoalDraft(ASOF), title: 'Study' }, 'education', defaultLadderPlan());
  return { ...d, source: 'learning-credits', param: 'all', value };
}
const targetValue = (d: GoalDraft) => {
  const t = draftToGoal(d).target;
  return t?.type === 'number' ? t.value : null;
};

describe('draftToGoal: the target number', () => {
  it.each<[string, number]>([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 12 ', 12],
    ['0,25', 0.25],
  ])('“%s” is %s', (typed, value) => {
    const d = hoursDraft(typed);
    expect(targetValue(d)).toBe(value);
    expect(validateGoal({ ...draftToGoal(d), id: 'g' }, ASOF)).toEqual([]);
  });

  it.each(['1.500', '1,500', '12 hours', 'seven'])('“%s” is not a number it can read', (typed) => {
    const d = hoursDraft(typed);
    expect(targetValue(d)).toBeNaN();
    expect(validateGoal({ ...draftToGoal(d), id: 'g' }, ASOF)).toContainEqual({
      field: 'target.value',
      code: 'NOT_A_NUMBER',
    });
  });

  it('“My own count”: where you are now is read the same way', () => {
    const d = withKind({ ...emptyGoalDraft(ASOF), title: 'Books' }, 'custom', defaultLadderPlan());
    const own = (param: string) => {
      const t = draftToGoal({
        ...d,
        source: 'manual',
        param,
        value: '12',
        unitLabel: 'books',
      }).target;
      return t?.type === 'number' && t.measure.source === 'manual' ? t.measure.current : null;
    };
    expect(own('3')).toBe(3);
    expect(own('1.500')).toBeNaN();
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-decimal-comma'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <GoalsScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, SLOW));
  const form = screen.getByRole('form', { name: 'Add a goal' });
  const set = (label: string, value: string) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  set('Goal', 'Leadership hours');
  set('Kind', 'education');
  set('Measured by', 'leadership-training');
  return { form, set };
}

const errorUnder = (form: HTMLElement, label: string) => {
  const input = within(form).getByLabelText(label);
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
};

describe('the goal form’s target number', { timeout: 20_000 }, () => {
  it('saves “7,5” hours as 7.5', async () => {
    const { form, set } = await openForm();
    set('Target number', '7,5');
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a goal' })).toBeNull());
    const [goal] = await listGoals(store);
    expect(goal?.target).toMatchObject({ type: 'number', value: 7.5, unit: 'hours' });
  });

  it('refuses “1.500”, saying the two numbers it could be, and saves nothing', async () => {
    const { form, set } = await openForm();
    set('Target number', '1.500');
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() =>
      expect(errorUnder(form, 'Target number')).toBe(
        '“1.500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.',
      ),
    );
    expect(await listGoals(store)).toEqual([]);
  });
});
