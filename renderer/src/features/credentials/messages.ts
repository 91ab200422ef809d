/**
 * Words for the continuing-education engine's codes. The domain returns codes and numbers;
 * this is the only place they become sentences (DESIGN.md §4).
 */
import {
  MAKE_CONFIGURABLE,
  USER_DEFINED,
  USER_OVERRIDE,
  type ActivityType,
  type Area,
  type BodyId,
  type Confidence,
  type CreditUnit,
  type CredentialRule,
  type CycleEndRule,
  type Sourced,
} from '../../../../shared/catalog/credentials';
import type { CredentialStatus, RenewalRoute } from '../../../../shared/domain/credentials';
import {
  behindOnYearlyMinimum,
  categoriesWithoutCredit,
  countedHours,
  isMissed,
  type ClaimStatus,
  type CycleEvaluation,
  type CycleStatus,
  type MissedMinimum,
  type Reason,
  type Shortfall,
} from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, formatNumber, formatPercent, listText } from '../../components/format';

const num = formatNumber;

export const areaLabels: Record<Area, string> = {
  waysOfWorking: 'Ways of Working',
  powerSkills: 'Power Skills',
  businessAcumen: 'Business Acumen',
};

export const activityTypeLabels: Record<ActivityType, string> = {
  'course-or-training': 'Course or training',
  'organization-meetings': 'Organization meetings',
  'online-or-digital-media': 'Online or digital media',
  read: 'Read',
  'informal-learning': 'Informal learning',
  'work-as-practitioner': 'Work as a practitioner',
  'create-content': 'Create content',
  'give-presentation': 'Give a presentation',
  'share-knowledge': 'Share knowledge',
  volunteer: 'Volunteer',
};

export const claimStatusLabels: Record<ClaimStatus, string> = {
  planned: 'Planned',
  earned: 'Earned',
  reported: 'Reported',
  accepted: 'Accepted',
  audited: 'Audited',
};

export const credentialStatusLabels: Record<CredentialStatus, string> = {
  target: 'Target',
  preparing: 'Preparing',
  'exam-booked': 'Exam booked',
  earned: 'Earned',
  active: 'Active',
  suspended: 'Suspended',
  expired: 'Expired',
  'not-current': 'Not current',
};

export const cycleStatusLabels: Record<CycleStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  suspended: 'Suspended',
  expired: 'Expired',
  renewed: 'Renewed',
  'rule-unknown': 'Rule not known',
  'no-requirement': 'No credits needed',
  'renew-by-exam': 'Renew by exam',
};

/** A running cycle whose yearly minimum was missed in a year already over. */
export const BEHIND_TEXT = 'Behind: a yearly minimum was missed';

/** A PeopleCert certificate on the exam route, its cycle running (§3): what to do, and by when. */
export const renewByExamText = (renewBy: LocalDate) => `Renew by exam by ${formatDate(renewBy)}`;

/** The same in the printed report, which states facts about the person rather than speaking to them. */
export const renewByExamReportText = (renewBy: LocalDate) =>
  `To be renewed by exam by ${formatDate(renewBy)} (no CPD points required)`;

/** What the card says under the status on the exam route: why nothing is missing, and what to do. */
export const examRouteNote = (renewBy: LocalDate) =>
  `No CPD points are needed: you renew by passing this exam again, or another exam in the same suite, by ${formatDate(renewBy)}.`;

/**
 * A cycle's status in words, from its code, its deadline and whether a yearly minimum was
 * already missed (behindOnYearlyMinimum): 'renew-by-exam' says the renew-by date.
 */
export function cycleStatusWords(
  status: CycleStatus,
  deadline: LocalDate | null,
  behind: boolean,
): string {
  if (behind) return BEHIND_TEXT;
  if (status === 'renew-by-exam' && deadline) return renewByExamText(deadline);
  return cycleStatusLabels[status];
}

/**
 * A cycle's status as the card and the page show it. 'overdue' covers two cases that need
 * different words (behindOnYearlyMinimum): a cycle still running whose past year missed its
 * minimum is behind, not past its deadline — "Overdue" beside "Active" and "166 days left"
 * read as a contradiction; a cycle that ended unrenewed stays "Overdue". On PeopleCert's exam
 * route the status says the renew-by date ("Renew by exam by 1 Jun 2027").
 */
export function cycleStatusText(ev: CycleEvaluation, asOf: LocalDate): string {
  return cycleStatusWords(ev.status, ev.deadline, behindOnYearlyMinimum(ev, asOf));
}

/** The two ways to renew a PeopleCert certificate (domain-facts §3), as the rule panel offers them. */
export const renewalRouteLabels: Record<RenewalRoute, string> = {
  cpd: 'CPD points: 20 a year for 3 years, with a PeopleCert membership',
  exam: 'An exam: retake this one, or pass another in the suite, by the renew-by date',
};

export const bodyLabels: Record<BodyId, string> = {
  PMI: 'PMI',
  PeopleCert: 'PeopleCert (AXELOS)',
  ScrumAlliance: 'Scrum Alliance',
  IIBA: 'IIBA',
  ISACA: 'ISACA',
  CompTIA: 'CompTIA',
  custom: 'Your own',
};

/** Why a credential's edit form is not what is stored: changed or deleted elsewhere since it opened. */
export type HeldConflict = 'CHANGED' | 'DELETED';

export const heldConflictText: Record<HeldConflict, string> = {
  CHANGED:
    'This credential was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.',
  DELETED:
    'This credential was deleted in another window after you opened this form. Saving will put it back with what you see here; Cancel leaves it deleted.',
};

/** A credential's page when the credential was deleted in another window while it was open. */
export const heldDeletedElsewhere = {
  title: 'Credential deleted',
  text: (name: string) => `${name} was deleted in another window.`,
  back: 'Back to your credentials',
};

/**
 * How sure the catalogue is of a rule, in words rather than its letter (domain-facts: A the
 * body's own page or handbook, B two or more agreeing secondary sources, C one secondary
 * source, M not verified: Ascent's reading or a number nobody publishes). `tag` sits beside
 * the number; `text` says it in full under "Why this number?".
 */
export function confidenceWords(
  s: Pick<Sourced<unknown>, 'confidence' | 'source' | 'value' | 'disagreement'>,
): {
  tag: string;
  text: string;
} {
  if (s.source === USER_OVERRIDE)
    return { tag: 'Your number', text: 'You entered this; Ascent uses it for this credential.' };
  if (s.source === USER_DEFINED)
    return {
      tag: 'Your number',
      text: 'You set this when you defined the credential; Ascent uses it as it is.',
    };
  if (s.value === null)
    return {
      tag: 'Not published',
      text: 'No source publishes this number, so Ascent does not apply it. Enter your own if you know it.',
    };
  // Where sources disagree (domain-facts §5), "Sources agree" would contradict the reasons
  // shown under it: the tag says they disagree, whatever the chosen reading's own confidence.
  if ((s.disagreement?.alternatives.length ?? 0) > 0) return disputed;
  return confidenceByLevel[s.confidence];
}

const disputed = {
  tag: 'Sources disagree — check',
  text: 'Sources disagree on it. Ascent follows the reading shown and says why below; check with the body, and use the other reading if it is the one that applies to you.',
};

const confidenceByLevel: Record<Confidence, { tag: string; text: string }> = {
  A: {
    tag: 'Confirmed by the body',
    text: 'Confirmed by the body’s own page or handbook.',
  },
  B: {
    tag: 'Sources agree',
    text: 'Two or more sources agree on it, but not the body’s own page or handbook. Check with the body if it matters to you.',
  },
  C: {
    tag: 'One source only — check',
    text: 'Only one source gives it, and not the body itself. Check with the body before you rely on it.',
  },
  M: {
    tag: 'Not confirmed — check',
    text: 'Ascent’s reading, where the body is not explicit and no source confirms it. Check with the body, and enter your own if it differs.',
  },
};

/** Where a rule comes from, in words: the user's own entries are named as such. */
export function sourceText(source: string): string {
  if (source === USER_OVERRIDE) return 'Your own number';
  if (source === USER_DEFINED) return 'Your own definition of this credential';
  return source;
}

/** A rule's note, or nothing when the note only repeats that the number is unknown. */
export function ruleNoteText(note: string | undefined): string | undefined {
  return note === MAKE_CONFIGURABLE ? undefined : note;
}

/** Where a cycle ends, as the rule panel names the convention (domain-facts §5.1). */
export const cycleEndLabels: Record<CycleEndRule, string> = {
  'day-before-anniversary': 'The day before the anniversary',
  anniversary: 'On the anniversary',
};

/** The button that switches a credential to a cycle-end convention. */
export const cycleEndActions: Record<CycleEndRule, string> = {
  'day-before-anniversary': 'End each cycle the day before the anniversary',
  anniversary: 'End each cycle on the anniversary',
};

/** The unit as a word after a number: "12 PDUs", "1 hour". */
export function unitWord(unit: CreditUnit, n: number): string {
  const one = n === 1;
  switch (unit) {
    case 'hours':
    case 'none':
      return one ? 'hour' : 'hours';
    default:
      return one ? unit : `${unit}s`;
  }
}

export function amount(n: number, unit: CreditUnit): string {
  return `${num(n)} ${unitWord(unit, n)}`;
}

/** The names of the rule's categories with nothing counted in the cycle yet (shortfallText). */
export function uncreditedCategoryNames(rule: CredentialRule, ev: CycleEvaluation): string[] {
  return categoriesWithoutCredit(rule, ev.counted.byCategory).map(
    (c) => c.name ?? categoryLabel(c.id),
  );
}

export function categoryLabel(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Days left before a deadline on a credential card (the domain's daysUntilDeadline: 0 on the
 * deadline day, which is the last day to act).
 */
export function daysLeftText(days: number): string {
  if (days <= 0) return 'last day today';
  return `${num(days)} ${days === 1 ? 'day' : 'days'} left`;
}

/** The same number as the Dashboard says it: "today", "in 1 day", "in 418 days". */
export function inDaysText(days: number): string {
  if (days <= 0) return 'today';
  return `in ${num(days)} ${days === 1 ? 'day' : 'days'}`;
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

/** "21 May 2024 – 20 May 2025": a sub-period of a cycle (an ISACA year, a PeopleCert CPD year). */
export function periodText(p: { start: LocalDate; end: LocalDate }): string {
  return `${formatDate(p.start)} – ${formatDate(p.end)}`;
}

/** "1 hour", "12 hours": hours of an activity, as its form asks for them. */
const hoursText = (n: number) => `${num(n)} ${n === 1 ? 'hour' : 'hours'}`;

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
function missedShortfallText(s: Shortfall, unit: CreditUnit): string {
  const of = s.code === 'ANNUAL_CATEGORY_MIN' ? ` of ${categoryLabel(s.category ?? '')}` : '';
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
  if (context.asOf && isMissed(s, context.asOf)) return missedShortfallText(s, unit);
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
      return `${n} more in ${categoryLabel(s.category ?? '')}.`;
    case 'ANNUAL_MIN':
      return `${n} more${s.period ? ` between ${formatDate(s.period.start)} and ${formatDate(s.period.end)}` : ' this year'}.`;
    case 'ANNUAL_CATEGORY_MIN':
      return `${n} more of ${categoryLabel(s.category ?? '')}${s.period ? ` between ${formatDate(s.period.start)} and ${formatDate(s.period.end)}` : ''}.`;
  }
}

/**
 * A yearly minimum a past year did not reach (missedMinimums), in the past tense: "The
 * 20-CPD minimum for 21 May 2024 – 20 May 2025 was missed: 8 CPDs counted."
 */
export function missedMinimumText(m: MissedMinimum, unit: CreditUnit): string {
  const of = m.category === null ? '' : ` of ${categoryLabel(m.category)}`;
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

/**
 * Why an activity counts less, or not at all, for a credential. `credential` names it (its
 * acronym) where the sentence says what to do for it; without it, "this credential".
 */
export function reasonText(r: Reason, unit: CreditUnit, credential?: string): string {
  switch (r.code) {
    case 'INVALID_ACTIVITY':
      return 'The activity has invalid details; edit it to fix them.';
    case 'NOT_HELD':
      return 'The credential is not earned yet.';
    case 'EXCLUDED_BY_USER':
      return 'You chose not to count it for this credential.';
    case 'NO_REQUIREMENT':
      return 'This credential needs no continuing education.';
    case 'BEFORE_CERTIFICATION':
      return `Earned before the certification date (${formatDate(r.certifiedOn)}): it does not count.`;
    case 'OUTSIDE_CYCLE':
      return r.cycleIndex === null
        ? 'Its date is outside every cycle of this credential.'
        : `It counts towards cycle ${r.cycleIndex + 1}, not this one.`;
    case 'NO_AREA_SPLIT':
      return 'No Talent Triangle split was given: add one so it can count.';
    case 'PLANNED_ONLY':
      return 'Planned: shown as a projection, not counted as earned.';
    case 'WAYS_OF_WORKING_NOT_ALLOCATED':
      return notAllocatedText(r.hours, credential);
    case 'RELEVANT_SHARE':
      return `Only the relevant share counts: ${formatPercent(r.percent)} of ${amount(r.hours, unit)}, so ${amount(countedHours({ amount: r.hours, unit: 'hours', relevantPercent: r.percent }), unit)}.`;
    case 'PRACTITIONER_ONCE_PER_CYCLE':
      return 'Work as a practitioner can be claimed once a cycle; this is a second claim.';
    case 'PRACTITIONER_CAP':
      return `Work as a practitioner is capped at ${amount(r.limit, unit)}${r.roleDays !== undefined ? ' for your time in the role' : ''}: ${amount(r.excess, unit)} did not count.`;
    case 'GIVING_BACK_CAP':
      return `Giving Back is capped at ${amount(r.limit, unit)} a cycle: ${amount(r.excess, unit)} did not count.`;
    case 'CATEGORY_CAP':
      return `${categoryLabel(r.category)} is capped at ${amount(r.limit, unit)}: ${amount(r.excess, unit)} did not count.`;
    case 'CARRIED_IN':
      return `Surplus carried over from cycle ${r.fromCycle + 1}.`;
  }
}

/**
 * Ways of Working hours of an activity not allocated to a credential, and what to do
 * (domain-facts §1: only the hours whose content covers the credential's subject count).
 */
function notAllocatedText(hours: number, credential: string | undefined): string {
  const what = `${hoursText(hours)} of Ways of Working ${hours === 1 ? 'is' : 'are'} not allocated to`;
  return credential
    ? `${what} ${credential}: open the activity and enter its Ways of Working hours for ${credential} (the hours that cover ${credential}).`
    : `${what} this credential: enter the activity’s Ways of Working hours for it (the hours that cover its subject).`;
}

/** Field-error codes from the credential and activity validators. */
export function fieldErrorText(
  code: string,
  detail?: { expected?: number; actual?: number; field?: string },
): string {
  switch (code) {
    case 'REQUIRED':
      return 'This is needed.';
    case 'TOO_LONG':
      if (!detail?.expected) return 'This is too long; shorten it.';
      return detail.actual && detail.actual > detail.expected
        ? `This is too long: ${formatNumber(detail.actual)} characters, at most ${formatNumber(detail.expected)} fit. Shorten it by ${formatNumber(detail.actual - detail.expected)}.`
        : `This is too long: at most ${formatNumber(detail.expected)} characters. Shorten it.`;
    case 'DATE_INVALID':
      return 'Enter a real date.';
    case 'EARNED_IN_FUTURE':
      // A credential's earned date (validateHeldCredential), or an activity's completion date.
      return detail?.field === 'earnedDate'
        ? 'This date is in the future. Use the day you earned it; a credential not earned yet is "Preparing" or "Exam booked".'
        : 'This date is in the future. Use today or an earlier date, or mark the activity as planned.';
    case 'EARNED_DATE_REQUIRED':
      return 'An earned credential needs the date it was earned.';
    case 'EARNED_BEFORE_EXAM':
      return 'The earned date is before the exam date. Enter the day you passed the exam; if the exam moved, change the exam date to that day too.';
    case 'RENEWAL_BEFORE_EARNED':
      return 'A renewal must come after the earned date.';
    case 'RENEWAL_IN_FUTURE':
      return 'A renewal cannot be in the future.';
    case 'APPROVED_IN_FUTURE':
      return 'This date is in the future. Use the day PMI approved your application, or leave it empty until then.';
    case 'APPROVED_AFTER_EXAM':
      return 'The approval date is after the exam date, but an exam is sat after its application is approved. Check both dates; if the exam date is from an earlier application, enter the new one, or clear it until the new exam is booked.';
    case 'ATTEMPTS_OUT_OF_RANGE':
      return 'Choose 0, 1, 2 or 3 attempts.';
    case 'START_AFTER_END':
      return 'The start date must be on or before the completion date.';
    case 'UNKNOWN_VALUE':
      return 'Choose one of the options in the list.';
    case 'NOT_A_NUMBER':
      return 'Enter a number, for example 1.5.';
    case 'NEGATIVE':
      return 'This cannot be negative.';
    case 'NOT_POSITIVE':
      return 'Enter more than zero hours.';
    case 'HOURS_NOT_QUARTER':
      return 'Use quarter-hour steps: .25, .5 or .75.';
    case 'SHARE_OUT_OF_RANGE':
      return 'The relevant share is a percentage above 0 and at most 100.';
    case 'COUNTS_NOTHING':
      return 'With this share nothing counts; raise the share or the hours.';
    case 'SPLIT_MISMATCH':
      return detail?.expected !== undefined
        ? `The areas must add up to the counted hours: ${num(detail.expected)}, not ${num(detail.actual ?? 0)}.`
        : 'The areas must add up to the counted hours.';
    case 'SPLIT_ON_GIVING_BACK':
      return 'Giving Back is not split across areas; leave the areas at zero.';
    case 'ALLOCATION_EXCEEDS_WAYS_OF_WORKING':
      return `At most ${num(detail?.expected ?? 0)} hours of Ways of Working can be allocated.`;
    case 'NOT_APPLICABLE':
      return 'This does not apply here.';
    case 'FILE_TOO_LARGE':
      return 'This file is larger than 20 MB. Save a smaller copy (for example a PDF of the certificate) and attach that.';
    case 'FILE_EMPTY':
      return 'This file is empty; attach the real file.';
    case 'NOT_WHOLE':
    case 'NOT_WHOLE_YEARS':
      return 'Use a whole number.';
    case 'TOO_SMALL':
      return 'This number is too small.';
    case 'TOO_LARGE':
      return 'This number is too large.';
    case 'ID_TAKEN':
    case 'DUPLICATE':
      return 'This name is already used.';
    case 'TOTAL_BELOW_MINIMUMS':
      // Said in the row being saved: the total's, or a minimum's that would pass the total.
      return detail?.field === 'total' || detail?.field === 'overrides.total'
        ? `The total cannot be below what the minimums ask for: use ${num(detail?.expected ?? 0)} or more, or lower the minimums first.`
        : `The minimums cannot add up to more than the total (${num(detail?.actual ?? 0)}): use a smaller number, or raise the total first.`;
    case 'MIN_ABOVE_CAP':
      return 'The minimum cannot be above the cap.';
    case 'TOO_MANY':
      // Only the categories of a definition of your own are limited in number (customCredentialSchema).
      return 'At most 20 categories: remove the ones you need least.';
    default:
      return 'Check this value.';
  }
}

/**
 * An expired cycle on the card and the page: when it expired, that nothing more counts, and how
 * the credential is held again (regainOf: PMI, the exam again; other bodies, ask them).
 */
export function expiredCycleText(
  acronym: string,
  expiredOn: LocalDate | null,
  regain: 'exam' | 'ask-body',
): string {
  const when = expiredOn ? `${acronym} expired on ${formatDate(expiredOn)}` : `${acronym} expired`;
  const again =
    regain === 'exam'
      ? 'To hold it again, pass the exam again.'
      : 'Ask the certifying body how to hold it again.';
  return `${when}: this cycle ended without a renewal, so nothing more can count towards it. ${again} What it counted stays in its history.`;
}

/** A credential not earned yet whose exam day has passed: what to record now. */
export const examPassedText = (examDate: LocalDate): string =>
  `Your exam on ${formatDate(examDate)} has passed. Passed it? Change the stage to Earned, with the day. If not, enter your next exam date.`;
