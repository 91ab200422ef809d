// Which ladder requirements a goal of each kind may be linked to (requirementKindsForKind): the
// goal form's list, the form letting a link go when the kind changes, and validateGoal's
// KIND_MISMATCH all ask requirementFitsKind.
import { describe, expect, it } from 'vitest';
import { requirementFitsKind, type GoalKind } from '../../../../shared/domain/goals';

describe('requirementFitsKind', () => {
  it.each<[GoalKind, string, boolean]>([
    ['experience', 'experience', true],
    ['experience', 'team-size', true],
    ['experience', 'credential', false],
    ['network', 'experience', false],
    ['network', 'conferences', true],
    ['credential', 'credential', true],
    ['credential', 'skill', false],
    ['education', 'pm-education-hours', true],
    ['skill', 'continuous-learning', true],
    ['skill', 'mentors', false],
    ['custom', 'experience', true],
    ['custom', 'anything-new', true],
    // A kind not known (a goal from a newer version): any requirement, as before.
    ['someday' as GoalKind, 'experience', true],
  ])('a %s goal and a %s requirement → %s', (kind, requirementKind, fits) => {
    expect(requirementFitsKind(kind, requirementKind)).toBe(fits);
  });
});
