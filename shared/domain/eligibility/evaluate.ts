/**
 * The eligibility verdict of an exam (issue 5 part 4; domain-facts §2): every path judged,
 * the path that applies chosen, the date the user becomes eligible if their current role
 * continues.
 */
import { examRules } from '../../catalog/exams/rules';
import type { ExamPath, ExamRule } from '../../catalog/exams/types';
import type { LocalDate } from '../../dates';
import { conditionDate, conditionProgress, evaluateCondition, findHolding } from './conditions';
import type {
  ConditionResult,
  ConditionStatus,
  EligibilityInput,
  ExamEligibility,
  MissingInfo,
  PathResult,
  Verdict,
} from './types';

function pathStatus(conditions: readonly ConditionResult[]): ConditionStatus {
  if (conditions.some((c) => c.status === 'unmet')) return 'unmet';
  if (conditions.some((c) => c.status === 'unknown')) return 'unknown';
  return 'met';
}

function latest(dates: readonly (LocalDate | null)[]): LocalDate | null {
  if (dates.some((d) => d === null)) return null;
  return [...(dates as LocalDate[])].sort().at(-1) ?? null;
}

/** One path: all its conditions, its status, progress and projected date. */
export function evaluatePath(path: ExamPath, input: EligibilityInput): PathResult {
  const conditions = path.conditions.map((c) => evaluateCondition(c, input));
  const progress =
    conditions.length === 0
      ? 1
      : conditions.reduce((sum, c) => sum + conditionProgress(c), 0) / conditions.length;
  return {
    pathId: path.id,
    status: pathStatus(conditions),
    conditions,
    progress,
    eligibleOn: latest(conditions.map((c) => conditionDate(c, input.asOf))),
  };
}

/** A path whose education condition fails needs a new degree: the least useful advice. */
function educationBlocked(p: PathResult): boolean {
  return p.conditions.some((c) => c.kind === 'education' && c.status === 'unmet');
}

/**
 * Orders paths so the first is the one that applies (Ascent decision, README "Decisions"):
 * a met path (catalogue order); else paths open with the user's education before those
 * needing a new degree; then the earliest projected date; then the most progress.
 */
export function comparePaths(a: PathResult, b: PathResult): number {
  if (a.status === 'met' || b.status === 'met') {
    return Number(b.status === 'met') - Number(a.status === 'met');
  }
  const blocked = Number(educationBlocked(a)) - Number(educationBlocked(b));
  if (blocked !== 0) return blocked;
  if (a.eligibleOn !== b.eligibleOn) {
    if (a.eligibleOn === null) return 1;
    if (b.eligibleOn === null) return -1;
    return a.eligibleOn < b.eligibleOn ? -1 : 1;
  }
  return b.progress - a.progress;
}

function missingOf(conditions: readonly ConditionResult[]): MissingInfo[] {
  const found = new Set<MissingInfo>();
  const visit = (c: ConditionResult) => {
    if (c.status === 'unknown' && c.missing) found.add(c.missing);
    if (c.kind === 'any-of' && !c.met) c.options.forEach(visit);
  };
  conditions.forEach(visit);
  return [...found];
}

/**
 * Eligibility for one exam (domain-facts §2, every row with its alternative paths):
 * 'eligible' when a path is met; 'information-missing' when no path is met and at least one
 * could be met once missing facts are entered; 'not-yet' otherwise. When the user already
 * holds the exam's credential (earned by `asOf`, any standing), `held` says so with its
 * standing, so no screen judges an exam the user has passed as if they had not.
 */
export function evaluateExam(rule: ExamRule, input: EligibilityInput): ExamEligibility {
  const paths = rule.paths.map((p) => evaluatePath(p, input));
  const ranked = [...paths].sort(comparePaths); // stable: catalogue order breaks ties
  const path = ranked[0]!;
  const verdict: Verdict = paths.some((p) => p.status === 'met')
    ? 'eligible'
    : paths.some((p) => p.status === 'unknown')
      ? 'information-missing'
      : 'not-yet';
  const held = findHolding([rule.examId], 'earned', input);
  return {
    examId: rule.examId,
    verdict,
    path,
    paths,
    eligibleOn: path.eligibleOn,
    missing: missingOf(path.conditions),
    ...(held ? { held } : {}),
  };
}

/** Eligibility for every exam of the catalogue (domain-facts §2), in catalogue order. */
export function evaluateAllExams(
  input: EligibilityInput,
  rules: readonly ExamRule[] = examRules,
): ExamEligibility[] {
  return rules.map((r) => evaluateExam(r, input));
}
