/**
 * PM education a credential shows (domain-facts §2: contact hours are taken before the exam,
 * so a passed exam shows its training condition was met). A rung's "35 hours of PM
 * education" comes from the PMP row of §2 ("35 h PM education or a CAPM"); someone who holds
 * the PMP met it to sit the exam, and a CAPM is what that row accepts in its place — while it
 * is in the standing that row asks for (a CAPM in good standing, as exam eligibility judges it,
 * findHolding); out of it, a CAPM shows the hours of its own exam (23).
 */
import { examRules } from '../../catalog/exams/rules';
import type { ExamCondition, ExamRule } from '../../catalog/exams/types';
import type { LocalDate } from '../../dates';
import { findHolding } from '../eligibility/conditions';
import type { TrainingTopic } from '../eligibility/education';
import type { EligibilityInput } from '../eligibility/types';

/** Hours of `topic` a training condition names; every topic is PM education ('general'). */
function trainingHours(c: ExamCondition, topic: TrainingTopic): number {
  if (c.kind === 'training') return topic === 'general' || c.topic === topic ? c.hours.value : 0;
  if (c.kind === 'any-of') return Math.max(0, ...c.options.map((o) => trainingHours(o, topic)));
  return 0;
}

/**
 * Hours of `topic` the exam of `rule` asks for on every path: the fewest of its paths (a path
 * without a training condition asks for none). An 'or' of hours and a credential (PMP: 35 h
 * or a CAPM) counts as the hours: the body accepts the credential in their place.
 */
function examHours(rule: ExamRule, topic: TrainingTopic): number {
  const perPath = rule.paths.map((p) =>
    Math.max(0, ...p.conditions.map((c) => trainingHours(c, topic))),
  );
  return perPath.length === 0 ? 0 : Math.min(...perPath);
}

/**
 * Hours of `topic` an exam's 'or' accepts this credential in place of (PMP: a CAPM, 35 h), when
 * held in the standing the 'or' names: one asking for good standing only when `inGoodStanding`.
 */
function hoursInPlaceOf(
  credentialId: string,
  rule: ExamRule,
  topic: TrainingTopic,
  inGoodStanding: boolean,
): number {
  let best = 0;
  const visit = (c: ExamCondition) => {
    if (c.kind !== 'any-of') return;
    const named = c.options.some(
      (o) =>
        o.kind === 'credential' &&
        o.anyOf.value.includes(credentialId) &&
        (inGoodStanding || o.standing !== 'good'),
    );
    if (named) best = Math.max(best, trainingHours(c, topic));
    c.options.forEach(visit);
  };
  for (const p of rule.paths) p.conditions.forEach(visit);
  return best;
}

/**
 * The hours of `topic` one credential shows (domain-facts §2): what its own exam asks for on
 * every path (CAPM 23, PMP 35, PMI-ACP 28 agile), or what another exam accepts it in place of
 * (a CAPM in good standing for PMP's 35 hours), whichever is more. 0 for a credential whose
 * exam names none. `inGoodStanding` false: held out of good standing (suspended, expired).
 */
export function hoursShownBy(
  credentialId: string,
  topic: TrainingTopic,
  rules: readonly ExamRule[] = examRules,
  inGoodStanding = true,
): number {
  let hours = 0;
  for (const rule of rules) {
    if (rule.examId === credentialId) hours = Math.max(hours, examHours(rule, topic));
    hours = Math.max(hours, hoursInPlaceOf(credentialId, rule, topic, inGoodStanding));
  }
  return hours;
}

/**
 * Of the credentials the user earned by `asOf` (any standing: training once done stays done,
 * though one taken in place of hours counts so only in the standing asked for) or declared,
 * the one that shows the most hours of `topic`, with those hours; null when none shows any.
 */
export function hoursShownByHeld(
  input: Pick<EligibilityInput, 'held' | 'asOf' | 'otherQualifications'>,
  topic: TrainingTopic,
  asOf: LocalDate = input.asOf,
): { credentialId: string; hours: number } | null {
  const ids = [
    ...input.held
      .filter(
        (h) =>
          h.credential.stage === 'earned' &&
          (!h.credential.earnedDate || h.credential.earnedDate <= asOf),
      )
      .map((h) => h.credential.credentialId),
    ...(input.otherQualifications ?? []),
  ];
  let best: { credentialId: string; hours: number } | null = null;
  const holding = { held: input.held, asOf, otherQualifications: input.otherQualifications };
  for (const id of ids) {
    const good = findHolding([id], 'good', holding) !== null;
    const hours = hoursShownBy(id, topic, examRules, good);
    if (hours > 0 && (!best || hours > best.hours)) best = { credentialId: id, hours };
  }
  return best;
}
