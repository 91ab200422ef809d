import type { LocalDate } from '../../../../shared/dates';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { GoalRow } from '../../db/repositories/career';
import { formatDate } from '../../components/format';

export interface TargetOption {
  value: string;
  label: string;
  title: string;
  deadline: LocalDate | null;
}

/**
 * What a plan can prepare for: a credential with an exam date (not yet earned), or an open
 * goal. The exam date or the goal's target date becomes the plan's deadline.
 */
export function targetOptions(
  held: readonly HeldWithRule[],
  goals: readonly GoalRow[],
): TargetOption[] {
  const exams = held
    .filter((h) => h.credential.stage !== 'earned' && h.credential.examDate)
    .map((h) => ({
      value: `exam:${h.credential.id}`,
      label: `${h.rule.acronym} exam on ${formatDate(h.credential.examDate)}`,
      title: `${h.rule.acronym} exam`,
      deadline: h.credential.examDate ?? null,
    }));
  const open = goals
    .filter((g) => g.status === 'active' || g.status === 'paused')
    .map((g) => ({
      value: `goal:${g.id}`,
      label: `Goal: ${g.title}${g.targetDate ? ` (by ${formatDate(g.targetDate)})` : ''}`,
      title: g.title,
      deadline: g.targetDate,
    }));
  return [...exams, ...open];
}
