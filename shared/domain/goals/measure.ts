/**
 * What a numeric goal target has reached, read from the user's records (issue 5 part 6:
 * "progress computed from the records a goal links to").
 */
import type { LocalDate } from '../../dates';
import type { Activity } from '../credits/activity';
import { isGivingBack } from '../../catalog/credentials/activity-types';
import { toHours, toQuarters } from '../credits/quarters';
import { contactHoursOn } from '../eligibility/education';
import { findHolding } from '../eligibility/conditions';
import { countExperience } from '../experience/unique-months';
import { currentOn, leadershipTrainingHours } from '../readiness/records';
import type { ReadinessInput } from '../readiness/types';
import { latestAssessment } from '../skills/assessment';
import type { GoalMeasure } from './types';

function creditsSince(
  activities: readonly Activity[],
  m: Extract<GoalMeasure, { source: 'learning-credits' }>,
  from: LocalDate,
  asOf: LocalDate,
): number {
  let quarters = 0;
  for (const a of activities) {
    if (a.status === 'planned' || isGivingBack(a.type) || !a.split) continue;
    if (a.date < from || a.date > asOf) continue;
    const s = a.split;
    quarters += toQuarters(
      m.area === 'all' ? s.waysOfWorking + s.powerSkills + s.businessAcumen : s[m.area],
    );
  }
  return toHours(quarters);
}

/**
 * The measured value on `input.asOf`. States count every record up to then; learning
 * credits and conferences count from `startDate` (the goal's start).
 */
export function measureValue(m: GoalMeasure, startDate: LocalDate, input: ReadinessInput): number {
  const { asOf } = input;
  switch (m.source) {
    case 'experience':
      return countExperience(input.roles ?? [], m.roleTypes, asOf, null).months;
    case 'contact-hours':
      return input.contactHours === null ? 0 : contactHoursOn(input.contactHours, m.topic, asOf);
    case 'learning-credits':
      return creditsSince(input.activities, m, startDate, asOf);
    case 'leadership-training':
      return leadershipTrainingHours(input.activities, asOf, input.leadershipBefore).hours;
    case 'skill':
      return latestAssessment(input.assessments, m.skill, asOf)?.level ?? 0;
    case 'credentials':
      return m.anyOf.filter((id) => findHolding([id], 'earned', input) !== null).length;
    case 'conferences':
      return input.network.conferences.filter((c) => c.date >= startDate && c.date <= asOf).length;
    case 'memberships':
      return currentOn(input.network.memberships, asOf).length;
    case 'mentors':
      return currentOn(input.network.mentors, asOf).length;
    case 'manual':
      return m.current;
  }
}
