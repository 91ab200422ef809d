// What happens to an entry's credit entries on edit and delete (issue 6: never orphans).
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/credits';
import { planLinkChange, type CreditSuggestion } from '../../../../shared/domain/journal';

const linked = (id: string, title: string, over: Partial<Activity> = {}): Activity => ({
  id,
  sourceId: 'e1',
  date: '2026-10-06',
  title,
  type: 'course-or-training',
  amount: 1,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
  status: 'reported',
  claimCode: 'PMI-123',
  ...over,
});

const fresh = (title: string, amount: number): CreditSuggestion => ({
  key: title,
  activity: {
    sourceId: 'e1',
    date: '2026-10-07',
    title,
    type: 'course-or-training',
    amount,
    unit: 'hours',
    split: { waysOfWorking: amount, powerSkills: 0, businessAcumen: 0 },
    status: 'earned',
  },
});

describe('planLinkChange', () => {
  const a = linked('a', 'Summit: One');
  const b = linked('b', 'Summit: Two');

  it('delete removes every linked entry', () => {
    expect(planLinkChange([a, b], 'delete', [fresh('x', 1)])).toEqual({
      put: [],
      add: [],
      remove: ['a', 'b'],
    });
  });

  it('unlink keeps them as plain credit entries', () => {
    const plan = planLinkChange([a], 'unlink', []);
    expect(plan.put).toHaveLength(1);
    expect('sourceId' in plan.put[0]!).toBe(false);
    expect(plan.put[0]!.claimCode).toBe('PMI-123');
  });

  it('update matches by title, keeps the claim status, adds and removes the rest', () => {
    const plan = planLinkChange([a, b], 'update', [
      fresh('Summit: Two', 2),
      fresh('Summit: Three', 1),
    ]);
    expect(plan.put.map((p) => [p.id, p.title, p.amount, p.status, p.date])).toEqual([
      ['b', 'Summit: Two', 2, 'reported', '2026-10-07'],
      // The leftover entry takes the unmatched suggestion: a renamed session keeps its id.
      ['a', 'Summit: Three', 1, 'reported', '2026-10-07'],
    ]);
    expect(plan.add).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('update with fewer suggestions deletes the extra entries', () => {
    expect(planLinkChange([a, b], 'update', [fresh('Summit: One', 1)]).remove).toEqual(['b']);
    expect(planLinkChange([], 'update', [fresh('New', 1)]).add).toHaveLength(1);
  });
});
