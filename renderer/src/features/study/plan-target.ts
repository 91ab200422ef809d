import type { PlanTarget } from '../../../../shared/domain/study';
import { formatDate, listText } from '../../components/format';
import { useGoals } from '../../db/career-hooks';
import { useCreditData, type CreditData } from '../../db/credit-hooks';
import type { GoalRow } from '../../db/repositories/career';
import type { PlanDeadlineKind } from './messages';
import type { TargetOption } from './plan-targets';

/** A plan's target as the plan form's choice names it: 'exam:<heldId>' or 'goal:<goalId>'. */
export const targetValue = (t: PlanTarget): string =>
  t.kind === 'exam' ? `exam:${t.heldId}` : `goal:${t.goalId}`;

/**
 * What a plan prepares for, looked up: still there (with words for it), deleted (a deleted
 * credential or goal leaves the plans that aim at it, db/backup/rows.ts), not read yet, or
 * nothing chosen.
 */
export type TargetLookup =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'gone'; kind: PlanDeadlineKind }
  | { state: 'found'; option: TargetOption };

export function lookUpTarget(
  value: string,
  credit: Pick<CreditData, 'held' | 'withRules'> | undefined,
  goals: readonly GoalRow[] | undefined,
): TargetLookup {
  const [kind, id] = value.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'exam') {
    if (!credit) return { state: 'loading' };
    const row = credit.held.find((h) => h.id === id);
    if (!row) return { state: 'gone', kind: 'exam' };
    const acronym =
      credit.withRules.find((h) => h.credential.id === id)?.rule.acronym ?? 'Credential';
    const date = row.examDate ? ` on ${formatDate(row.examDate)}` : '';
    return {
      state: 'found',
      option: {
        value,
        label: `${acronym} exam${date}`,
        title: `${acronym} exam`,
        deadline: row.examDate ?? null,
      },
    };
  }
  if (kind === 'goal') {
    if (!goals) return { state: 'loading' };
    const goal = goals.find((g) => g.id === id);
    if (!goal) return { state: 'gone', kind: 'goal' };
    return {
      state: 'found',
      option: { value, label: `Goal: ${goal.title}`, title: goal.title, deadline: goal.targetDate },
    };
  }
  return { state: 'none' };
}

/** The plan's target looked up in the stored credentials and goals (live). */
export function usePlanTarget(value: string): TargetLookup {
  return lookUpTarget(value, useCreditData(), useGoals());
}

/** What a plan whose target was deleted says, and what its form asks. */
export const targetGoneText: Record<PlanDeadlineKind, { card: string; form: string }> = {
  exam: {
    card: 'Prepared for an exam that was deleted',
    form: 'The exam this plan prepared for was deleted. Choose what it prepares for now.',
  },
  goal: {
    card: 'Prepared for a goal that was deleted',
    form: 'The goal this plan prepared for was deleted. Choose what it prepares for now.',
  },
};

/** “A”, “A” and “B”, “A”, “B” and “C”. */
const quotedList = (titles: readonly string[]) => listText(titles.map((t) => `“${t}”`));

/** “Its study plan “A” stays” / “Its study plans “A” and “B” stay”, or '' with none. */
function plansStay(planTitles: readonly string[]): string {
  if (planTitles.length === 0) return '';
  return planTitles.length === 1
    ? ` Its study plan ${quotedList(planTitles)} stays`
    : ` Its study plans ${quotedList(planTitles)} stay`;
}

/**
 * What deleting a credential says: its study plans stay (a delete leaves the plans that aim
 * at it), so the user knows where they are and that they need a new aim.
 */
export function heldDeletedText(acronym: string, planTitles: readonly string[]): string {
  const plans = plansStay(planTitles);
  return plans
    ? `${acronym} deleted.${plans}, without an exam to prepare for.`
    : `${acronym} deleted.`;
}

/** What deleting a goal says, naming the study plans that prepared for it (they stay). */
export function goalDeletedText(title: string, planTitles: readonly string[]): string {
  const plans = plansStay(planTitles);
  return `Deleted “${title}”.${plans ? `${plans}, without a goal to prepare for.` : ''}`;
}
