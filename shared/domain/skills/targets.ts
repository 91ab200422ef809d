/**
 * Target level per rung and "now vs target" for the skills chart (issue 5 part 5). Targets
 * are the rung's skill requirements (shared/catalog/ladder-requirements), so editing the
 * ladder changes the chart.
 */
import type { LadderRungPlan } from '../../catalog/ladder-requirements/types';
import { skillIds, type SkillId, type SkillLevel } from '../../catalog/skills/skills';
import type { LocalDate } from '../../dates';
import { currentSkills, type SkillAssessment } from './assessment';

/**
 * Target level per skill on a rung: the highest level any of its skill requirements asks
 * for; skills the rung does not mention are absent.
 */
export function skillTargets(rung: LadderRungPlan): Partial<Record<SkillId, SkillLevel>> {
  const targets: Partial<Record<SkillId, SkillLevel>> = {};
  for (const q of rung.requirements) {
    if (q.kind !== 'skill') continue;
    const prev = targets[q.skill];
    if (prev === undefined || q.level > prev) targets[q.skill] = q.level;
  }
  return targets;
}

export interface SkillGap {
  skill: SkillId;
  level: SkillLevel | null;
  target: SkillLevel | null;
  /** Levels still to climb (0 when at or above target, or no target). */
  gap: number;
  assessedOn: LocalDate | null;
}

/**
 * Now vs target for every skill area on a rung, in catalogue order: the data of the SVG
 * chart. A skill never assessed counts as level 0 for the gap.
 */
export function skillGaps(
  rung: LadderRungPlan,
  assessments: readonly SkillAssessment[],
  asOf: LocalDate,
): SkillGap[] {
  const targets = skillTargets(rung);
  const now = currentSkills(assessments, asOf);
  return skillIds.map((skill, i) => {
    const current = now[i]!;
    const target = targets[skill] ?? null;
    const gap = target === null ? 0 : Math.max(0, target - (current.level ?? 0));
    return { skill, level: current.level, target, gap, assessedOn: current.assessedOn };
  });
}
