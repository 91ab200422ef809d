// "You changed this number" (issue 5 part 1: "the user can edit rungs and requirements … and
// reset to the default"; shared/catalog/ladder-requirements/changed.ts): a requirement that
// came with the ladder is changed by the user only while its numbers differ from the shipped
// requirement with the same id on the same rung, and isRungEdited agrees.
import { describe, expect, it } from 'vitest';
import {
  CHANGED_BY_YOU,
  REQUIREMENT_CHANGED_BY_YOU,
  defaultRungPlan,
  isChangedByYou,
  isRungEdited,
  requirementBasis,
  type LadderRungPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import type { RungId } from '../../../../shared/catalog/ladder';

const shipped = (rungId: RungId, id: string): Requirement =>
  defaultRungPlan(rungId).requirements.find((q) => q.id === id)!;
const changedNote = (rungId: RungId, id: string) => ({
  source: shipped(rungId, id).basis.source,
  note: CHANGED_BY_YOU,
});
const withReq = (rung: LadderRungPlan, q: Requirement): LadderRungPlan => ({
  ...rung,
  requirements: rung.requirements.map((o) => (o.id === q.id ? q : o)),
});

/** The project manager's 36 months leading projects (PRODUCT.md ladder table). */
const leading = shipped('project-manager', 'experience-leading');
const stale = { source: leading.basis.source, note: CHANGED_BY_YOU };

describe('a default requirement is “changed by you” only while its numbers differ', () => {
  it.each<[string, RungId, Requirement, changed: boolean, rungEdited: boolean]>([
    ['as shipped', 'project-manager', leading, false, false],
    [
      '36 months changed to 24',
      'project-manager',
      { ...leading, months: 24, basis: stale } as Requirement,
      true,
      true,
    ],
    [
      '24 months put back to 36 (the note an older save left behind does not count)',
      'project-manager',
      { ...leading, months: 36, basis: stale } as Requirement,
      false,
      false,
    ],
    [
      'a time window added',
      'project-manager',
      { ...leading, windowMonths: 60 } as Requirement,
      true,
      true,
    ],
    [
      'made recommended: not a number, but the rung differs from the default',
      'project-manager',
      { ...leading, priority: 'recommended' },
      false,
      true,
    ],
    [
      '60 months on the project manager rung, which the director rung ships with: same id, other rung',
      'project-manager',
      { ...leading, months: 60 } as Requirement,
      true,
      true,
    ],
    [
      'the director’s 60 months, compared with the director rung',
      'pmo-director',
      shipped('pmo-director', 'experience-leading'),
      false,
      false,
    ],
  ])('%s', (_label, rungId, q, changed, rungEdited) => {
    expect(isChangedByYou(rungId, q)).toBe(changed);
    expect(requirementBasis(rungId, q)).toEqual(
      changed ? changedNote(rungId, q.id) : shipped(rungId, q.id).basis,
    );
    expect(isRungEdited(withReq(defaultRungPlan(rungId), q))).toBe(rungEdited);
  });

  it.each<[string, RungId, Requirement, string]>([
    [
      '36 months changed to 24: a number',
      'project-manager',
      { ...leading, months: 24 } as Requirement,
      CHANGED_BY_YOU,
    ],
    [
      'a time window added: a number where there was none',
      'project-manager',
      { ...leading, windowMonths: 60 } as Requirement,
      CHANGED_BY_YOU,
    ],
    [
      'other kinds of experience: more than a number',
      'project-manager',
      { ...leading, roleTypes: ['pmo'] } as Requirement,
      REQUIREMENT_CHANGED_BY_YOU,
    ],
    [
      'another kind altogether (industries instead of months)',
      'project-manager',
      {
        id: leading.id,
        kind: 'industries',
        count: 3,
        roleTypes: ['leading-projects'],
        priority: leading.priority,
        basis: leading.basis,
        origin: 'default',
      },
      REQUIREMENT_CHANGED_BY_YOU,
    ],
    [
      'PMP or a credential of the user’s own instead of PMP alone',
      'pmo-director',
      {
        ...shipped('pmo-director', 'credential'),
        anyOf: ['pmp', 'custom-chpp'],
      } as Requirement,
      REQUIREMENT_CHANGED_BY_YOU,
    ],
  ])('the note says what changed: %s', (_label, rungId, q, note) => {
    expect(requirementBasis(rungId, q)).toEqual({
      source: shipped(rungId, q.id).basis.source,
      note,
    });
    expect(isChangedByYou(rungId, q)).toBe(true);
  });

  it('the user’s own requirements, and ids the rung never shipped, keep their own “Why”', () => {
    const own = {
      id: 'speak',
      kind: 'custom',
      title: 'Speak at a chapter meeting',
      done: false,
      priority: 'recommended',
      basis: { source: 'Added by you' },
      origin: 'user',
    } as Requirement;
    expect(isChangedByYou('project-manager', own)).toBe(false);
    expect(requirementBasis('project-manager', own)).toEqual({ source: 'Added by you' });
    // A default requirement on a rung the user added has nothing shipped to compare with.
    expect(isChangedByYou('my-rung', { ...leading, months: 1 } as Requirement)).toBe(false);
    expect(requirementBasis('my-rung', { ...leading, basis: stale })).toEqual(stale);
  });

  it('a number put back keeps the shipped note (an Ascent default says so again)', () => {
    const skill = shipped('project-manager', 'skill-leadership');
    expect(skill.basis.note?.length ?? 0).toBeGreaterThan(0);
    const back = { ...skill, basis: stale } as Requirement;
    expect(requirementBasis('project-manager', back)).toEqual(skill.basis);
  });
});
