// A skill goal whose skill was never rated says so, rather than "level 0 of 4": levels start
// at 1, so 0 is no level anyone chose.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import type { ReadinessInput } from '../../../shared/domain/readiness';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalCard } from '../../../renderer/src/features/goals/GoalCard';
import { readinessInput } from '../domain/eligibility/fixtures';
import { freshName } from '../../db/helpers';

const goal: GoalRow = {
  id: 'lead',
  title: 'Lead at level 4',
  kind: 'skill',
  target: {
    type: 'number',
    value: 4,
    unit: 'level',
    measure: { source: 'skill', skill: 'leadership' },
  },
  startDate: '2026-01-01',
  targetDate: '2027-06-30',
  milestones: [],
  status: 'active',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('goal-skill'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function show(assessments: ReadinessInput['assessments']) {
  const noop = () => {};
  render(
    <StoreProvider store={store}>
      <GoalCard
        goal={goal}
        input={readinessInput({ assessments })}
        plan={defaultLadderPlan()}
        onEdit={noop}
        onDelete={noop}
      />
    </StoreProvider>,
  );
  return screen.getByRole('region', { name: 'Lead at level 4' }).textContent ?? '';
}

describe('a skill goal', () => {
  it('never rated: says so and names the target level', () => {
    const text = show([]);
    expect(text).toContain('not rated yet (level 4 is the target)');
    expect(text).not.toContain('level 0');
  });

  it('rated: its level of the target', () => {
    expect(show([{ id: 'a', skill: 'leadership', level: 2, date: '2026-03-01' }])).toContain(
      'level 2 of 4',
    );
  });
});
