import { findExamRule } from '../../../../shared/catalog/exams';

/** An exam's acronym, e.g. 'pmp' → 'PMP'. */
export function examAcronym(examId: string): string {
  return findExamRule(examId)?.acronym ?? examId.toUpperCase();
}
