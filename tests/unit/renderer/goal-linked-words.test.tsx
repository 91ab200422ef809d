// A goal linked to a ladder requirement says its progress in the requirement's own terms, as
// the ladder's rung table does (requirementCells), on its card and in the printed report
// alike (goalAmountText). Review H: "Master’s degree" with a bachelor's held read "3 of 4
// (0%)" (education levels counted as ranks), months read "22 of 36 (61%)" with no unit, and a
// skill never rated "0 of 4".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultLadderPlan,
  type LadderPlan,
  type Requirement,
  type RequirementSpec,
} from '../../../shared/catalog/ladder-requirements';
import { goalProgress, type Goal } from '../../../shared/domain/goals';
import type { ReadinessInput } from '../../../shared/domain/readiness';
import { goalAmountText } from '../../../renderer/src/features/goals/goal-progress-words';
import { GoalsPart } from '../../../renderer/src/features/reports/CareerSections';
import { readinessInput, role } from '../domain/eligibility/fixtures';

const ASOF = '2026-05-10';

/** A ladder of one rung holding the one requirement, as the user could have edited it. */
function planWith(spec: RequirementSpec): LadderPlan {
  const [rung] = defaultLadderPlan().rungs;
  const q = {
    ...spec,
    id: 'q',
    priority: 'essential',
    basis: { source: 'test' },
    origin: 'user',
  } as Requirement;
  return { id: 'me', rungs: [{ ...rung!, id: 'r', requirements: [q] }] };
}

const goal: Goal = {
  id: 'g',
  title: 'Linked',
  kind: 'custom',
  target: { type: 'requirement', rungId: 'r', requirementId: 'q' },
  startDate: '2026-01-01',
  targetDate: null,
  milestones: [],
  status: 'active',
};

function amount(spec: RequirementSpec, input: ReadinessInput): string {
  return goalAmountText(goal, goalProgress(goal, input, planWith(spec)));
}

const master: RequirementSpec = { kind: 'education-level', minLevel: 'master' };

describe('goalAmountText: a goal linked to a ladder requirement', () => {
  it.each<[string, RequirementSpec, ReadinessInput, string]>([
    [
      'a master’s needed, a bachelor’s held: both levels by name, no percent',
      master,
      readinessInput({ level: 'bachelor' }),
      'Bachelor’s degree (four-year); Master’s degree or MBA needed',
    ],
    [
      'a master’s needed and held',
      master,
      readinessInput({ level: 'master' }),
      'Master’s degree or MBA; Master’s degree or MBA needed',
    ],
    [
      'no education level entered: said so',
      master,
      readinessInput({ level: null }),
      'Education level not entered; Master’s degree or MBA needed',
    ],
    [
      'months of experience, as the ladder says them',
      { kind: 'experience', roleTypes: ['pmo'], months: 36, windowMonths: null },
      readinessInput({ asOf: ASOF, roles: [role(['pmo'], '2024-08', null)] }),
      '1 year 10 months of 3 years (61%)',
    ],
    [
      'one month needed: singular, none had: 0 months',
      { kind: 'experience', roleTypes: ['pmo'], months: 1, windowMonths: null },
      readinessInput({ roles: [] }),
      '0 months of 1 month (0%)',
    ],
    [
      'contact hours, with their unit',
      { kind: 'pm-education-hours', hours: 35, topic: 'general' },
      readinessInput({ hours: 14 }),
      '14 of 35 hours (40%)',
    ],
    [
      'leadership training hours',
      { kind: 'leadership-training', hours: 8 },
      readinessInput(),
      '0 of 8 hours (0%)',
    ],
    [
      'a skill never rated: not rated yet, never “0 of 4”',
      { kind: 'skill', skill: 'leadership', level: 4 },
      readinessInput({ assessments: [] }),
      'not rated yet (level 4 is the target) (0%)',
    ],
    [
      'a skill rated: its level of the level needed',
      { kind: 'skill', skill: 'leadership', level: 4 },
      readinessInput({
        assessments: [{ id: 'a', skill: 'leadership', level: 2, date: '2026-03-01' }],
      }),
      'level 2 of 4 (50%)',
    ],
    [
      'a count (credentials held) stays a bare number, as a credential goal says it',
      { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' },
      readinessInput(),
      '0 of 1 (0%)',
    ],
    [
      'a requirement of the user’s own: done or not',
      { kind: 'custom', title: 'Run a PMO review', done: false },
      readinessInput(),
      'Not done',
    ],
    [
      'a requirement of the user’s own, done',
      { kind: 'custom', title: 'Run a PMO review', done: true },
      readinessInput(),
      'Done',
    ],
  ])('%s: “%s”', (_, spec, input, expected) => {
    expect(amount(spec, input)).toBe(expected);
  });

  it('a requirement no longer on the ladder: cannot be measured', () => {
    const p = goalProgress(goal, readinessInput(), { id: 'me', rungs: [] });
    expect(goalAmountText(goal, p)).toBe('Progress cannot be measured yet.');
  });
});

describe('the printed report’s goal', () => {
  afterEach(cleanup);

  it('says a linked education level by name, as the card does', () => {
    const plan = planWith(master);
    const progress = goalProgress(goal, readinessInput({ level: 'bachelor' }), plan);
    render(
      <GoalsPart lines={[{ goal, progress, rung: plan.rungs[0]!, milestonesDoneInPeriod: 0 }]} />,
    );
    expect(
      screen.queryByText('Bachelor’s degree (four-year); Master’s degree or MBA needed.'),
    ).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/3 of 4/);
  });
});
