/**
 * The printed report's exam eligibility, laid out for its reader (a manager, an appraisal):
 * the verdicts that say something get a row each; the exams that wait for information the
 * user has not entered become one line saying what is not recorded, exam group by exam group
 * (CAPM waits for contact hours alone, never for work history: domain-facts §2); and exams
 * whose credential the report's Credentials section already shows as held are left out,
 * named once. The verdicts
 * themselves are the eligibility screen's (eligibility/evaluate.ts), unchanged.
 */
import type { ExamId } from '../../catalog/exams';
import type { ExamEligibility, MissingInfo } from '../eligibility';
import { missingInfo, mustRetake } from '../eligibility';

/** Waiting exams that lack the same facts, in catalogue order, and those facts in page order. */
export interface MissingGroup {
  examIds: ExamId[];
  facts: MissingInfo[];
}

export interface EligibilityLayout {
  /** One row each, in catalogue order: a verdict to show, or a held credential shown nowhere else. */
  rows: ExamEligibility[];
  /**
   * Exams never held whose verdict waits for information (catalogue order), and what is
   * missing for them: one group per set of facts, in the order of each group's first exam.
   */
  waiting: { examIds: ExamId[]; missing: MissingGroup[] } | null;
  /** Exams left out because the report's Credentials section shows their credential as held. */
  heldElsewhere: ExamId[];
}

/**
 * What to enter before an exam can be judged, in page order: the same list the eligibility
 * screen shows (`missingInfo`, eligibility/evaluate.ts), so the report never names a fact
 * the screen does not.
 */
export const missingFor = (e: ExamEligibility): MissingInfo[] => missingInfo(e.path, e.paths);

/** Held in good enough standing that the exam need not be sat again (suspended, not current included). */
const holds = (e: ExamEligibility) => e.held !== undefined && !mustRetake(e.held);

/**
 * Lays the verdicts out for the report. `shownHeldIds`: the held credentials the report's
 * Credentials section lists (empty when that section is left out), so a held exam is left
 * out only when the reader can see it held there. An exam whose credential has expired keeps
 * its row: it must be sat again (domain-facts §1), and the row says so.
 */
export function eligibilityLayout(
  exams: readonly ExamEligibility[],
  shownHeldIds: ReadonlySet<string>,
): EligibilityLayout {
  const rows: ExamEligibility[] = [];
  const waitingIds: ExamId[] = [];
  const groups = new Map<string, MissingGroup>();
  const heldElsewhere: ExamId[] = [];
  for (const e of exams) {
    if (holds(e) && e.held?.heldId !== undefined && shownHeldIds.has(e.held.heldId)) {
      heldElsewhere.push(e.examId);
    } else if (!e.held && e.verdict === 'information-missing') {
      waitingIds.push(e.examId);
      const facts = missingFor(e);
      const key = facts.join(' ');
      const group = groups.get(key);
      if (group) group.examIds.push(e.examId);
      else groups.set(key, { examIds: [e.examId], facts });
    } else {
      rows.push(e);
    }
  }
  return {
    rows,
    waiting:
      waitingIds.length === 0 ? null : { examIds: waitingIds, missing: [...groups.values()] },
    heldElsewhere,
  };
}
