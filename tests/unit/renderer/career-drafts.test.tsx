import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/domain/goals';
import { validateGoal } from '../../../shared/domain/goals';
import { validateRole } from '../../../shared/domain/experience';
import { monthsText } from '../../../renderer/src/features/experience/messages';
import {
  draftToRole,
  emptyRoleDraft,
  roleToDraft,
} from '../../../renderer/src/features/experience/role-draft';
import {
  draftToGoal,
  emptyGoalDraft,
  goalToDraft,
} from '../../../renderer/src/features/goals/goal-draft';

const asOf = '2026-11-22';

describe('role drafts', () => {
  it('an ongoing role has no end; empty optional numbers are absent; text is trimmed', () => {
    const role = draftToRole({
      ...emptyRoleDraft,
      title: ' PM ',
      organisation: 'Contoso',
      industry: 'Health',
      start: '2022-03',
      end: '2023-01',
      ongoing: true,
      roleTypes: ['leading-projects'],
    });
    expect(role).toMatchObject({ title: 'PM', end: null, teamSize: null, budget: null });
    expect(validateRole({ ...role, id: 'r' }, asOf)).toEqual([]);
  });

  it('typed numbers stay numbers (NaN for the domain to refuse) and round-trip', () => {
    const draft = {
      ...emptyRoleDraft,
      id: 'r1',
      title: 'PM',
      organisation: 'Contoso',
      industry: 'Health',
      start: '2022-03',
      end: '2023-01',
      roleTypes: ['agile' as const],
      teamSize: 'nine',
      budgetAmount: '1500',
      budgetCurrency: 'eur',
    };
    const role = draftToRole(draft);
    expect(role.teamSize).toBeNaN();
    expect(role.budget).toEqual({ amount: 1500, currency: 'EUR' });
    expect(validateRole({ ...role, id: 'r1' }, asOf)).toContainEqual({
      field: 'teamSize',
      code: 'NOT_A_NUMBER',
    });
    const fixed = { ...role, id: 'r1', teamSize: 9 };
    expect(draftToRole(roleToDraft(fixed))).toEqual(fixed);
  });
});

describe('goal drafts', () => {
  it('no target number means no measurable target', () => {
    // Months of experience have no default target (a credential goal's is the credentials chosen).
    const draft = {
      ...emptyGoalDraft(asOf),
      kind: 'experience' as const,
      source: 'experience' as const,
    };
    const goal = draftToGoal({ ...draft, title: 'Two years leading', param: 'pmo', value: '' });
    expect(goal.target).toBeNull();
    expect(validateGoal({ ...goal, id: 'g' }, asOf)).toContainEqual({
      field: 'target',
      code: 'NO_MEASURABLE_TARGET',
    });
  });

  it('a contact-hours target gets its unit from the measure and round-trips', () => {
    const draft = {
      ...emptyGoalDraft(asOf),
      id: 'g1',
      title: 'Prep',
      kind: 'education' as const,
      source: 'contact-hours' as const,
      param: 'agile',
      value: '28',
    };
    const goal = draftToGoal(draft) as Goal;
    expect(goal.target).toEqual({
      type: 'number',
      value: 28,
      unit: 'hours',
      measure: { source: 'contact-hours', topic: 'agile' },
    });
    expect(validateGoal(goal, asOf)).toEqual([]);
    expect(draftToGoal(goalToDraft(goal, asOf))).toEqual(goal);
  });

  it('a linked requirement is split from its "rung|requirement" value', () => {
    const goal = draftToGoal({
      ...emptyGoalDraft(asOf),
      targetType: 'requirement',
      link: 'pmo-director|pmp',
    });
    expect(goal.target).toEqual({
      type: 'requirement',
      rungId: 'pmo-director',
      requirementId: 'pmp',
    });
  });
});

describe('monthsText', () => {
  it.each([
    [0, '0 months'],
    [1, '1 month'],
    [12, '1 year'],
    [23, '1 year 11 months'],
    [36, '3 years'],
  ])('%i → %s', (n, text) => expect(monthsText(n)).toBe(text));
});
