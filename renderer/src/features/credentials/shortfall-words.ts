/**
 * What a cycle still needs, in words: each shortfall, the categories without credit, and the
 * yearly minimums a past year missed with what that means (messages.ts re-exports them).
 */
import type { CredentialRule, CreditUnit } from '../../../../shared/catalog/credentials';
import {
  categoriesWithoutCredit,
  isMissed,
  type CycleEvaluation,
  type MissedMinimum,
  type Shortfall,
} from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, formatNumber as num, listText } from '../../components/format';
import {
  amount,
  categoryNameIn,
  hoursText,
  periodText,
  unitWord,
  type CategoryNames,
} from './amount-words';
import { areaLabels, bodyLabels } from './labels';

/** The names of the rule's categories with nothing counted in the cycle yet (shortfallText). */
export function uncreditedCategoryNames(rule: CredentialRule, ev: CycleEvaluation): string[] {
  return categoriesWithoutCredit(rule, ev.counted.byCategory).map((c) =>
    categoryNameIn(rule, c.id),
  );
}

/**
 * IIBA's "at least N categories" (domain-facts §4): how many more, and which categories
 * still have no credit, so the user knows where an activity would help.
 */
function categoryCountText(needed: number, withoutCredit: readonly string[]): string {
  const more = `${num(needed)} more ${needed === 1 ? 'category' : 'categories'}`;
  if (withoutCredit.length === 0) return `Credits in ${more}.`;
  if (withoutCredit.length <= needed)
    return `Credits in ${more}: ${listText(withoutCredit, 'and')}.`;
  const which = needed === 1 ? 'any one' : `any ${num(needed)}`;
  return `Credits in ${more}: ${which} of ${listText(withoutCredit, 'or')}.`;
}

/** What shortfallText may know beyond the shortfall itself. */
export interface ShortfallContext {
  /** Today: a yearly minimum whose year ended before it reads as missed, not as still to earn. */
  asOf?: LocalDate;
  /**
   * For a credential whose Ways of Working hours count only where the user allocates them
   * (rule.waysOfWorkingDefault 'chosen'): its name, and the hours logged in the cycle but not
   * allocated to it (waysOfWorkingNotAllocated: planned activities are not logged, so never
   * among them; 0 when none, or not known). At 0 the line claims no hours: it says how Ways of
   * Working counts for the credential and what to do (allocationHint).
   */
  allocation?: { credential: string; notAllocated: number };
  /**
   * The rule the shortfalls are of: a category the user defined is named by the name they gave
   * it ("Formal learning"), never by its id ("Category 1"). Without it, built-in names only.
   */
  rule?: CategoryNames;
}

/**
 * What to do about Ways of Working hours a credential does not count until they are
 * allocated to it (domain-facts §1: only the hours whose content covers its subject). Hours
 * are named only when some logged ones are not allocated; with none (only planned ones, or
 * not known), how Ways of Working counts for the credential.
 */
function allocationHint({
  credential,
  notAllocated,
}: {
  credential: string;
  notAllocated: number;
}) {
  if (notAllocated > 0)
    return ` — ${hoursText(notAllocated)} logged ${notAllocated === 1 ? 'is' : 'are'} not allocated to ${credential}: on each activity, enter the Ways of Working hours that cover ${credential}.`;
  return `. For ${credential}, Ways of Working hours count only once allocated: on each activity that covers ${credential}, enter its Ways of Working hours for ${credential}.`;
}

/** A yearly minimum whose year has ended (isMissed), in the past tense. */
function missedShortfallText(s: Shortfall, unit: CreditUnit, context: ShortfallContext): string {
  const of =
    s.code === 'ANNUAL_CATEGORY_MIN' ? ` of ${categoryNameIn(context.rule, s.category ?? '')}` : '';
  return `The yearly minimum${of} for ${periodText(s.period!)} was missed by ${amount(s.needed, unit)}.`;
}

/**
 * A shortfall in plain words: what is missing and how much. `withoutCredit` names the
 * categories that have no credit yet in the cycle (for CATEGORY_COUNT); `context` lets a
 * missed year be said as missed and a Ways of Working gap say how to close it.
 */
export function shortfallText(
  s: Shortfall,
  unit: CreditUnit,
  withoutCredit: readonly string[] = [],
  context: ShortfallContext = {},
): string {
  const n = amount(s.needed, unit);
  if (context.asOf && isMissed(s, context.asOf)) return missedShortfallText(s, unit, context);
  const category = categoryNameIn(context.rule, s.category ?? '');
  switch (s.code) {
    case 'TOTAL':
      return `${n} more in total.`;
    case 'EDUCATION_MIN':
      return `${n} more of Education (Giving Back does not count towards this).`;
    case 'AREA_MIN': {
      const text = `${n} more in ${s.area ? areaLabels[s.area] : 'an area'}`;
      return s.area === 'waysOfWorking' && context.allocation
        ? `${text}${allocationHint(context.allocation)}`
        : `${text}.`;
    }
    case 'CATEGORY_COUNT':
      return categoryCountText(s.needed, withoutCredit);
    case 'CATEGORY_MIN':
      return `${n} more in ${category}.`;
    case 'ANNUAL_MIN':
      return `${n} more${s.period ? ` between ${formatDate(s.period.start)} and ${formatDate(s.period.end)}` : ' this year'}.`;
    case 'ANNUAL_CATEGORY_MIN':
      return `${n} more of ${category}${s.period ? ` between ${formatDate(s.period.start)} and ${formatDate(s.period.end)}` : ''}.`;
  }
}

/**
 * A yearly minimum a past year did not reach (missedMinimums), in the past tense: "The
 * 20-CPD minimum for 21 May 2024 – 20 May 2025 was missed: 8 CPDs counted."
 */
export function missedMinimumText(
  m: MissedMinimum,
  unit: CreditUnit,
  rule?: CategoryNames,
): string {
  const of = m.category === null ? '' : ` of ${categoryNameIn(rule, m.category)}`;
  const counted = m.counted === 0 ? 'none counted' : `${amount(m.counted, unit)} counted`;
  return `The ${num(m.minimum)}-${unitWord(unit, 1)} minimum${of} for ${periodText(m.period)} was missed: ${counted}.`;
}

/**
 * What a missed yearly minimum means and what to do, saying only what the sources say
 * (domain-facts §3: PeopleCert's CPD route asks for 20 points every 12 months for 3 years,
 * and an exam in the same suite, or the exam again, also renews; no source says whether a
 * missed year can be made up later, nor what ISACA does about a missed year).
 */
export function missedMinimumAdvice(
  rule: Pick<CredentialRule, 'body' | 'bodyName'>,
  unit: CreditUnit,
  years: number,
): string {
  const when = years === 1 ? 'that year' : 'those years';
  const logThem = `If you earned ${unitWord(unit, 2)} in ${when} that are not in your log, log them.`;
  if (rule.body === 'PeopleCert')
    return `${logThem} PeopleCert’s CPD route asks for the minimum in every year of the three, and Ascent’s sources do not say whether a missed year can be made up later: check with PeopleCert. Passing another exam in the same suite, or this exam again, also renews it.`;
  const body =
    rule.body === 'custom' ? rule.bodyName || 'the awarding body' : bodyLabels[rule.body];
  return `${logThem} Ascent’s sources do not say what a missed year means for this credential: check with ${body}.`;
}
