/**
 * Validation of a credit-log activity (issue 3 part 7: bad input). Returns field error
 * codes, never text; an empty list means the activity may be saved.
 */
import { activityTypeCode, areas, isActivityType, isGivingBack } from '../../catalog/credentials';
import type { FieldError } from '../../catalog/credentials/validation';
import { dayKey, isLocalDate, realDayKey, type LocalDate } from '../../dates';
import {
  amountUnits,
  claimStatuses,
  countedQuarters,
  type Activity,
  type ClaimStatus,
} from './activity';
import { isQuarterStep, toHours, toQuarters } from './quarters';
import type { ActivityRead } from './read-activity';
import { checkSemesterCredits } from './semester-credits';

export { SEMESTER_CREDITS_MAX } from './semester-credits';

export type ActivityErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'DATE_INVALID'
  | 'EARNED_IN_FUTURE'
  | 'START_AFTER_END'
  | 'UNKNOWN_VALUE'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_POSITIVE'
  | 'HOURS_NOT_QUARTER'
  | 'SHARE_OUT_OF_RANGE'
  | 'COUNTS_NOTHING'
  | 'SPLIT_MISMATCH'
  | 'SPLIT_ON_GIVING_BACK'
  | 'ALLOCATION_EXCEEDS_WAYS_OF_WORKING'
  | 'NOT_APPLICABLE'
  | 'CREDITS_NOT_QUARTER'
  | 'TOO_LARGE';

export type ActivityError = FieldError<ActivityErrorCode>;

export const TITLE_MAX_LENGTH = 200;

/** A credit quantity: a number, not negative, in quarter hours (§1: 0.25 steps). */
function quantityError(value: unknown): ActivityErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'NOT_A_NUMBER';
  if (value < 0) return 'NEGATIVE';
  return isQuarterStep(value) ? null : 'HOURS_NOT_QUARTER';
}

function checkText(a: Activity, errors: ActivityError[]) {
  const title = typeof a.title === 'string' ? a.title.trim() : '';
  if (!title) errors.push({ field: 'title', code: 'REQUIRED' });
  // Counted in characters as a person counts them (an emoji is one), not UTF-16 units: a
  // title no longer than the limit in units is no longer in characters either.
  else if (title.length > TITLE_MAX_LENGTH && [...title].length > TITLE_MAX_LENGTH)
    errors.push({
      field: 'title',
      code: 'TOO_LONG',
      expected: TITLE_MAX_LENGTH,
      actual: [...title].length,
    });
  if (!isActivityType(a.type)) errors.push({ field: 'type', code: 'UNKNOWN_VALUE' });
}

/**
 * Whether the entry says it was done (any status or claim other than planned): dated after
 * a day, such an entry is refused on that day (issue 3 part 7), so its validity moves with
 * the day; a planned one's does not.
 */
export function claimedAsDone(a: Activity): boolean {
  const statuses: ClaimStatus[] = [a.status, ...Object.values(a.claims ?? {})];
  return statuses.some((s) => s !== 'planned');
}

function checkDates(a: Activity, asOf: LocalDate, errors: ActivityError[]) {
  if (!isLocalDate(a.date)) {
    errors.push({ field: 'date', code: 'DATE_INVALID' });
    return;
  }
  if (a.date > asOf && claimedAsDone(a)) {
    errors.push({ field: 'date', code: 'EARNED_IN_FUTURE' });
  }
  if (a.startDate !== undefined && a.startDate !== null) {
    if (!isLocalDate(a.startDate)) errors.push({ field: 'startDate', code: 'DATE_INVALID' });
    else if (a.startDate > a.date) errors.push({ field: 'startDate', code: 'START_AFTER_END' });
  }
}

const knownUnits: ReadonlySet<unknown> = new Set(amountUnits);

/** Returns true when the amount and share are usable for the split checks. */
function checkAmount(a: Activity, errors: ActivityError[]): boolean {
  if (!knownUnits.has(a.unit)) {
    errors.push({ field: 'unit', code: 'UNKNOWN_VALUE' });
    return false;
  }
  const hours = typeof a.amount === 'number' ? a.amount * (a.unit === 'ceu' ? 10 : 1) : a.amount;
  const amountError = quantityError(hours);
  if (amountError) errors.push({ field: 'amount', code: amountError });
  else if (hours === 0) errors.push({ field: 'amount', code: 'NOT_POSITIVE' });
  const share = a.relevantPercent ?? 100;
  const shareOk = typeof share === 'number' && share > 0 && share <= 100;
  if (!shareOk) errors.push({ field: 'relevantPercent', code: 'SHARE_OUT_OF_RANGE' });
  if (amountError || hours === 0 || !shareOk) return false;
  if (countedQuarters(a) === 0) {
    errors.push({ field: 'relevantPercent', code: 'COUNTS_NOTHING' });
    return false;
  }
  return true;
}

function checkSplit(a: Activity, amountOk: boolean, errors: ActivityError[]) {
  if (!a.split) return;
  let sum = 0;
  let valid = true;
  for (const area of areas) {
    const error = quantityError(a.split[area]);
    if (error) errors.push({ field: `split.${area}`, code: error });
    else sum += toQuarters(a.split[area]);
    valid &&= !error;
  }
  if (!valid || !isActivityType(a.type)) return;
  if (isGivingBack(a.type)) {
    if (sum > 0) errors.push({ field: 'split', code: 'SPLIT_ON_GIVING_BACK' });
    return;
  }
  const counted = countedQuarters(a);
  if (amountOk && sum !== counted) {
    errors.push({
      field: 'split',
      code: 'SPLIT_MISMATCH',
      expected: toHours(counted),
      actual: toHours(sum),
    });
  }
}

function checkAllocation(a: Activity, errors: ActivityError[]) {
  if (!a.waysOfWorkingFor) return;
  const ways = a.split && quantityError(a.split.waysOfWorking) === null ? a.split.waysOfWorking : 0;
  for (const [credentialId, hours] of Object.entries(a.waysOfWorkingFor)) {
    const field = `waysOfWorkingFor.${credentialId}`;
    const error = quantityError(hours);
    if (error) errors.push({ field, code: error });
    else if (hours > ways) {
      errors.push({
        field,
        code: 'ALLOCATION_EXCEEDS_WAYS_OF_WORKING',
        expected: ways,
        actual: hours,
      });
    }
  }
}

/**
 * The body's category tags (activity.categories): a category id, by category scheme. Whether
 * the id is one of a held credential's categories is the form's check (unknownCategoryTags,
 * category-choice.ts), which knows the rules; here only the shape.
 */
function checkCategories(a: Activity, errors: ActivityError[]) {
  const tags: unknown = a.categories;
  if (tags === undefined || tags === null) return;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
    errors.push({ field: 'categories', code: 'UNKNOWN_VALUE' });
    return;
  }
  for (const [scheme, id] of Object.entries(tags)) {
    if (typeof id !== 'string' || id.trim() === '')
      errors.push({ field: `categories.${scheme}`, code: 'UNKNOWN_VALUE' });
  }
}

const knownStatuses: ReadonlySet<unknown> = new Set(claimStatuses);

function checkStatusesAndRole(a: Activity, errors: ActivityError[]) {
  if (!knownStatuses.has(a.status)) errors.push({ field: 'status', code: 'UNKNOWN_VALUE' });
  if (a.claims) {
    for (const [credentialId, s] of Object.entries(a.claims)) {
      if (!knownStatuses.has(s))
        errors.push({ field: `claims.${credentialId}`, code: 'UNKNOWN_VALUE' });
    }
  }
  const role = a.practitionerPeriod;
  if (!role) return;
  if (a.type !== 'work-as-practitioner') {
    errors.push({ field: 'practitionerPeriod', code: 'NOT_APPLICABLE' });
    return;
  }
  // Each end named on its own field: `practitionerPeriod` is the first day in the role, and
  // `roleEnd` the last (the form's "In the role until"; blank there is the activity's date,
  // activityFromDraft). §1: pro-rated to the time in the role, which needs both.
  const startOk = isLocalDate(role.start);
  const endOk = isLocalDate(role.end);
  if (!startOk) {
    const blank = typeof role.start !== 'string' || role.start.trim() === '';
    errors.push({ field: 'practitionerPeriod', code: blank ? 'REQUIRED' : 'DATE_INVALID' });
  }
  if (!endOk) {
    const blank = typeof role.end !== 'string' || role.end.trim() === '';
    errors.push({ field: 'roleEnd', code: blank ? 'REQUIRED' : 'DATE_INVALID' });
  }
  if (startOk && endOk && role.start > role.end) {
    errors.push({ field: 'practitionerPeriod', code: 'START_AFTER_END' });
  }
}

/**
 * Checks an activity against the credit-log rules (domain-facts §1: hours in 0.25 steps,
 * 1 CEU = 10 h, relevant share, an education split that adds up to the counted hours; §4:
 * semester credits on a university course only;
 * issue 3 part 7: no negative numbers, no earned activity dated after `asOf`). A date
 * before a certification is not an error: the activity is kept and marked not counting.
 */
export function validateActivity(activity: Activity, asOf: LocalDate): ActivityError[] {
  const errors: ActivityError[] = [];
  checkText(activity, errors);
  checkDates(activity, asOf, errors);
  const amountOk = checkAmount(activity, errors);
  checkSplit(activity, amountOk, errors);
  checkAllocation(activity, errors);
  checkSemesterCredits(activity, errors);
  checkCategories(activity, errors);
  checkStatusesAndRole(activity, errors);
  return errors;
}

/** A quantity validateActivity takes as it is: a finite number, not negative, in 0.25 steps. */
const plainQuantity = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && isQuarterStep(value);

/**
 * True only when validateActivity(activity, asOf) gives no errors, decided without making
 * anything for the shapes a long log is made of (issue 9: a 25-year log is checked on every
 * read). False means "not sure": the caller asks validateActivity. `r` is the activity read
 * once (read-activity.ts), `counted` its countedQuarters.
 */
export function plainlyValid(r: ActivityRead, counted: number, asOf: LocalDate): boolean {
  return quickValid(r, counted, realDayKey(r.date), activityTypeCode(r.type), dayKey(asOf));
}

/** Category tags checkCategories takes: a map (not a list) of non-empty strings. */
function plainTags(tags: unknown): boolean {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return false;
  // for…in also visits inherited keys: never fewer than Object.entries, so never too lenient.
  for (const scheme in tags) {
    const id: unknown = (tags as Record<string, unknown>)[scheme];
    if (typeof id !== 'string' || id.trim() === '') return false;
  }
  return true;
}

/** A status validateActivity takes (claimStatuses), compared as it is read. */
const knownStatus = (s: unknown) =>
  s === 'earned' || s === 'planned' || s === 'reported' || s === 'accepted' || s === 'audited';

/**
 * plainlyValid with what a reader of the whole log has worked out already: the activity's
 * date as realDayKey gives it, its activityTypeCode, and dayKey(asOf).
 */
export function quickValid(
  r: ActivityRead,
  counted: number,
  day: number,
  typeCode: number,
  asOfDay: number,
): boolean {
  const { title, startDate, unit, amount, relevantPercent: share, split, status } = r;
  // A title starting with a printable ASCII character is not empty once trimmed; one no longer
  // than the limit in UTF-16 units is no longer in characters either (checkText).
  if (typeof title !== 'string' || title.length > TITLE_MAX_LENGTH) return false;
  const first = title.charCodeAt(0);
  if (!(first > 32 && first < 127)) return false;
  if (typeCode === 0) return false;
  // Neither per-credential claims nor allocations, role period, semester credits or start
  // date: the full check. Category tags are read here (checkCategories' test, in a loop).
  if (r.claims || r.waysOfWorkingFor || r.practitionerPeriod) return false;
  if (r.categories !== null && !plainTags(r.categories)) return false;
  if (r.semesterCredits !== undefined) return false;
  if (startDate !== undefined && startDate !== null) return false;
  if (!knownStatus(status)) return false;
  if (day === 0 || (day > asOfDay && status !== 'planned')) return false;
  if (unit !== 'hours' && unit !== 'body-unit' && unit !== 'ceu') return false;
  if (typeof amount !== 'number') return false;
  const hours = amount * (unit === 'ceu' ? 10 : 1);
  if (!(hours > 0) || !plainQuantity(hours)) return false;
  if (share !== undefined && !(typeof share === 'number' && share > 0 && share <= 100))
    return false;
  if (counted === 0) return false;
  if (!split) return true;
  const ways = split.waysOfWorking;
  const power = split.powerSkills;
  const business = split.businessAcumen;
  if (!plainQuantity(ways) || !plainQuantity(power) || !plainQuantity(business)) return false;
  const sum = toQuarters(ways) + toQuarters(power) + toQuarters(business);
  return isGivingBack(r.type) ? sum === 0 : sum === counted;
}
