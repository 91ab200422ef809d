/**
 * A goal's progress in words, for its card on the Goals screen and the printed report alike:
 * what the goal is measured by ("Credentials held: PMI-PMOCP") and how far it is ("0 of 1
 * (0%)", "level 2 of 4 (50%)", "12 of 36 months (33%)"). Self-contained, so both places say the
 * same from one module (goals/messages.ts keeps its own measureText until GoalCard moves here).
 */
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { Goal, GoalProgress, GoalTarget, GoalUnit } from '../../../../shared/domain/goals';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { areaLabels } from '../credentials/labels';
import { roleTypesInText, topicLabels } from '../experience/messages';
import { skillName } from '../ladder/messages';
import { requirementTitle } from '../ladder/requirement-title';

const measureNames = {
  'leadership-training': 'Leadership training hours',
  conferences: 'Conferences attended (since the start date)',
  memberships: 'Professional association memberships',
  mentors: 'Mentors',
  manual: 'My own count',
} as const;

/**
 * What a goal is measured by: the ladder requirement and its rung, or the records a number is
 * counted from ("Contact hours (PMO)", "Credentials held: PMP or PgMP"). `nameOf` names a
 * credential by its id (credentialNamer). Null for a goal without a target.
 */
export function goalMeasureText(
  target: GoalTarget | null,
  plan: Pick<LadderPlan, 'rungs'>,
  nameOf: (credentialId: string) => string,
): string | null {
  if (!target) return null;
  if (target.type === 'requirement') {
    const rung = plan.rungs.find((r) => r.id === target.rungId);
    const q = rung?.requirements.find((x) => x.id === target.requirementId);
    return q && rung
      ? `Ladder requirement: ${requirementTitle(q, nameOf)} (${rung.name})`
      : 'Ladder requirement: no longer in your ladder';
  }
  const m = target.measure;
  switch (m.source) {
    case 'experience':
      return m.roleTypes === 'any-role'
        ? 'Months of experience in any role'
        : `Months of ${roleTypesInText(m.roleTypes)}`;
    case 'contact-hours':
      return `Contact hours (${topicLabels[m.topic]})`;
    case 'learning-credits':
      return `Learning hours in the credit log (${m.area === 'all' ? 'all areas' : areaLabels[m.area]}), since the start date`;
    case 'skill':
      return `${skillName(m.skill)}: level`;
    case 'credentials':
      return `Credentials held: ${m.anyOf.map(nameOf).join(' or ')}`;
    default:
      return measureNames[m.source];
  }
}

const unitWords: Record<GoalUnit, readonly [one: string, many: string]> = {
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  level: ['level', 'level'],
  count: ['', ''],
  custom: ['', ''],
};

/** The unit after "have of need", agreeing with `need` ("0 of 1 month", "12 of 36 months"). */
function unitOf(target: GoalTarget | null, need: number): string {
  if (target?.type !== 'number') return '';
  if (target.unit === 'custom') return target.unitLabel ?? '';
  const [one, many] = unitWords[target.unit];
  return need === 1 ? one : many;
}

/**
 * How far a goal is: "12 of 36 months (33%)"; a skill level "level 2 of 4 (50%)", or "not rated
 * yet (level 3 is the target)" as levels start at 1; before its start date, when it starts; when
 * nothing can be measured, that.
 */
export function goalAmountText(
  goal: Pick<Goal, 'target' | 'startDate'>,
  p: Pick<GoalProgress, 'problem' | 'have' | 'need' | 'percent'>,
): string {
  if (p.problem === 'NOT_STARTED')
    return `Starts on ${formatDate(goal.startDate)}: progress is measured from that day.`;
  if (p.have === null || p.need === null) return 'Progress cannot be measured yet.';
  const t = goal.target;
  const level = t?.type === 'number' && t.unit === 'level';
  const amount = level
    ? p.have < SKILL_LEVEL_MIN
      ? `not rated yet (level ${formatNumber(p.need)} is the target)`
      : `level ${formatNumber(p.have)} of ${formatNumber(p.need)}`
    : `${formatNumber(p.have)} of ${formatNumber(p.need)} ${unitOf(t, p.need)}`.trim();
  return `${amount} (${formatPercent(p.percent)})`;
}
