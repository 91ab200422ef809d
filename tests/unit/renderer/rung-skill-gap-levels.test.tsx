// A rung's Gap column said "level 1" for a skill one level short (level 1 of 2) and "level 2"
// for a skill never rated: read as a level to be at, not as how far there is to go. The Skills
// screen calls the same number "Levels to climb". The gap now counts levels: "1 level".
import { describe, expect, it } from 'vitest';
import type { RequirementSpec } from '../../../shared/catalog/ladder-requirements';
import { evaluateRequirement } from '../../../shared/domain/readiness';
import type { SkillAssessment } from '../../../shared/domain/skills';
import { requirementCells } from '../../../renderer/src/features/ladder/messages';
import { readinessInput } from '../domain/eligibility/fixtures';
import { req } from '../domain/readiness/fixtures';

const leadership4: RequirementSpec = { kind: 'skill', skill: 'leadership', level: 4 };
const rated = (level: SkillAssessment['level']): SkillAssessment[] => [
  { id: 'a', skill: 'leadership', level, date: '2026-03-01' },
];
const cells = (assessments: SkillAssessment[]) =>
  requirementCells(evaluateRequirement(req('q', leadership4), readinessInput({ assessments })));

describe('a skill requirement’s Gap cell counts levels', () => {
  it.each([
    ['one level short', rated(3), { have: 'level 3', need: 'level 4', gap: '1 level' }],
    ['three levels short', rated(1), { have: 'level 1', need: 'level 4', gap: '3 levels' }],
    ['never rated', [], { have: 'Not rated yet', need: 'level 4', gap: '4 levels' }],
    ['met', rated(5), { have: 'level 5', need: 'level 4', gap: '—' }],
  ] as const)('%s', (_, assessments, expected) => {
    expect(cells([...assessments])).toEqual(expected);
  });
});
