// A milestone's "done" unticked and ticked again in the same edit of a goal: it took today's
// date, so the day the milestone was really done was lost. Rule (validate-milestones.ts,
// doneOnWhenTicked): it keeps the date it had; today only when it had none, or when the one it
// had is refused (validateMilestones: not a real day, or after today).
import { describe, expect, it } from 'vitest';
import { doneOnWhenTicked } from '../../../../shared/domain/goals';

const asOf = '2026-11-22';

describe('doneOnWhenTicked', () => {
  it.each<[string, string | null | undefined, string]>([
    ['the date it had when the form opened', '2026-03-14', '2026-03-14'],
    ['a date it had of today', asOf, asOf],
    ['no date before (never done)', null, asOf],
    ['nothing kept', undefined, asOf],
    ['a date after today (refused): today instead', '2026-11-23', asOf],
    ['a date that is no day (refused): today instead', '2026-02-30', asOf],
    ['an empty date', '', asOf],
  ])('%s', (_label, kept, expected) => {
    expect(doneOnWhenTicked(kept, asOf)).toBe(expected);
  });
});
