// A goal's card names what it is measured by, so "0 of 1" is never a bare number.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import type { GoalTarget } from '../../../shared/domain/goals';
import { measureText } from '../../../renderer/src/features/goals/messages';

const plan = defaultLadderPlan();
const nameOf = (id: string) => id.toUpperCase();
const number = (measure: Extract<GoalTarget, { type: 'number' }>['measure']): GoalTarget => ({
  type: 'number',
  value: 1,
  unit: 'count',
  measure,
});

describe('measureText', () => {
  it('names a linked ladder requirement and its rung', () => {
    const rung = plan.rungs.find((r) => r.requirements.length > 0)!;
    const q = rung.requirements[0]!;
    const text = measureText(
      { type: 'requirement', rungId: rung.id, requirementId: q.id },
      plan,
      nameOf,
    );
    expect(text).toMatch(new RegExp(`^Ladder requirement: .+ \\(${rung.name}\\)$`));
  });

  it('says when the linked requirement is no longer in the ladder', () => {
    expect(
      measureText({ type: 'requirement', rungId: 'gone', requirementId: 'x' }, plan, nameOf),
    ).toBe('Ladder requirement: no longer in your ladder');
  });

  it.each<[string, Extract<GoalTarget, { type: 'number' }>['measure'], string]>([
    [
      'credentials',
      { source: 'credentials', anyOf: ['pmp', 'pgmp'] },
      'Credentials held: PMP or PGMP',
    ],
    ['contact hours', { source: 'contact-hours', topic: 'pmo' }, 'Contact hours (PMO)'],
    ['experience', { source: 'experience', roleTypes: ['pmo'] }, 'Months of PMO work'],
    [
      'a skill',
      { source: 'skill', skill: 'leadership' as never },
      'Leadership and management: level',
    ],
    ['mentors', { source: 'mentors' }, 'Mentors'],
  ])('%s', (_name, measure, text) => {
    expect(measureText(number(measure), plan, nameOf)).toBe(text);
  });
});
