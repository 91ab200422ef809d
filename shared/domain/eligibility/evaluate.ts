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
 * How far a path is from applying: every condition met; nothing failed, only facts not
 * entered yet (it may be met once they are); or a condition failed.
 */
const statusRank: Record<ConditionStatus, number> = { met: 0, unknown: 1, unmet: 2 };

/**
 * Orders paths so the first is the one that applies (Ascent decision, README "Decisions"):
 * a met path (catalogue order); else a path with nothing failed, only facts still to enter,
 * since entering them may make the user eligible now (PMP with a GAC degree and 24 months
 * waits only for the 35 h, domain-facts §2, while the four-year-degree path needs more
 * months); else, among failed paths, those open with the user's education before those
 * needing a new degree. Ties: the earliest projected date (a dated path before an undated
 * one), then the most progress, then catalogue order (the sort is stable).
 */
export function comparePaths(a: PathResult, b: PathResult): number {
  const status = statusRank[a.status] - statusRank[b.status];
  if (status !== 0 || a.status === 'met') return status;
  const blocked = Number(educationBlocked(a)) - Number(educationBlocked(b));
  if (blocked !== 0) return blocked;
  if (a.eligibleOn !== b.eligibleOn) {
    if (a.eligibleOn === null) return 1;
    if (b.eligibleOn === null) return -1;
    return a.eligibleOn < b.eligibleOn ? -1 : 1;
  }
  return b.progress - a.progress;
}

/** The Ladder area's page order: Experience, then Education (where these facts are entered). */
const missingOrder: readonly MissingInfo[] = ['EXPERIENCE_LOG', 'EDUCATION_LEVEL', 'CONTACT_HOURS'];

function unknownsOf(conditions: readonly ConditionResult[], found: Set<MissingInfo>): void {
  for (const c of conditions) {
    if (c.status === 'unknown' && c.missing) found.add(c.missing);
    if (c.kind === 'any-of' && !c.met) unknownsOf(c.options, found);
  }
}

/**
 * What to enter before an exam can be judged, in the Ladder's page order: the facts missing
 * on the path that applies, or, when that path is decided against the user (not met) and
 * names none, on the paths still open. A met path needs nothing. The one list the
 * eligibility screen, the report and the Ladder's actions share (`ExamEligibility.missing`).
 */
export function missingInfo(path: PathResult, paths: readonly PathResult[]): MissingInfo[] {
  if (path.status === 'met') return [];
  const found = new Set<MissingInfo>();
  unknownsOf(path.conditions, found);
  if (found.size === 0) {
    for (const p of paths) if (p.status === 'unknown') unknownsOf(p.conditions, found);
  }
  return missingOrder.filter((m) => found.has(m));
}

/** The verdict the path that applies gives: the first of the ranking decides (comparePaths). */
const verdictOf: Record<ConditionStatus, Verdict> = {
  met: 'eligible',
  unknown: 'information-missing',
  unmet: 'not-yet',
};

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
  // met > nothing failed (only unknowns) > failed, so the first path's status is the verdict:
  // eligible when a path is met, information missing when none is but one may be.
  const verdict = verdictOf[path.status];
  const held = findHolding([rule.examId], 'earned', input);
  return {
    examId: rule.examId,
    verdict,
    path,
    paths,
    eligibleOn: path.eligibleOn,
    missing: missingInfo(path, paths),
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
