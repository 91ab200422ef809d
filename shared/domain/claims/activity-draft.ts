/**
 * The add/edit activity form's draft (issue 3 part 7: bad input). Everything the user types
 * stays text, so nothing is lost while it is wrong; `activityFromDraft` turns it into an
 * Activity and `validateActivity` (shared/domain/credits) decides what is wrong with it.
 */
import {
  areas,
  isActivityType,
  isGivingBack,
  takesSemesterCredits,
  type ActivityType,
  type Area,
} from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { isAmbiguousNumber } from '../import/numbers';
import {
  countedQuarters,
  toHours,
  toQuarters,
  type Activity,
  type AmountUnit,
  type ClaimStatus,
} from '../credits';

export interface ActivityDraft {
  date: string;
  startDate: string;
  title: string;
  provider: string;
  type: ActivityType | '';
  amount: string;
  unit: AmountUnit;
  relevantPercent: string;
  /** A university course's semester credits (ISACA counts 15 CPE each, domain-facts §4). */
  semesterCredits: string;
  split: Record<Area, string>;
  /** Ways of Working hours per credential id (credentials whose default is 'chosen'). */
  waysOfWorkingFor: Record<string, string>;
  status: ClaimStatus;
  /** Per-credential overrides of `status`; a credential not listed follows `status`. */
  claims: Record<string, ClaimStatus>;
  excludedFrom: string[];
  /**
   * The body's own category the user chose, by category scheme ('iiba', 'custom:<id>'…); a
   * scheme not listed is filed as Ascent files it (category-choice.ts, filedCategory).
   */
  categories: Record<string, string>;
  /** Work as a practitioner: the time in the role, for pro-rating (domain-facts §1). */
  roleStart: string;
  roleEnd: string;
  claimCode: string;
  notes: string;
}

const DECIMAL = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A number as people type it: "1.5", "1,5" (decimal comma), " 2 ". NaN for anything else,
 * including an empty field; the validator turns NaN into "enter a number".
 */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/**
 * Hours as people type them (the amount and the area split): parseDecimal, except "1,500" or
 * "1.500", which may be 1500 or 1.5 — NaN, never a silent 1.5, as the CSV import reads them
 * (shared/domain/import/numbers.ts, isAmbiguousNumber); the form says which two it could be.
 */
export function parseHours(text: string): number {
  return isAmbiguousNumber(text) ? Number.NaN : parseDecimal(text);
}

/**
 * The relevant share as people type it: parseDecimal, with or without a trailing percent sign
 * ("50", "50%", "50 %": the form's own hint writes "50 %"). NaN for anything else.
 */
export function parsePercent(text: string): number {
  return parseDecimal(text.trim().replace(/\s*%$/, ''));
}

/** Optional hours: blank is `undefined`. */
function parseOptional(text: string): number | undefined {
  return text.trim() === '' ? undefined : parseHours(text);
}

const numberText = (n: number | undefined | null) =>
  n === undefined || n === null ? '' : String(n);

/**
 * The draft with what has no order put in one: the credentials it is not counted for (a set,
 * issue 3 part 3) sorted and each once. Two drafts that mean the same are equal in this form,
 * whatever order the boxes were ticked in, so one ticked off and on again is no change.
 */
export function canonicalDraft<T extends Pick<ActivityDraft, 'excludedFrom'>>(d: T): T {
  return { ...d, excludedFrom: [...new Set(d.excludedFrom)].sort() };
}

export function emptyDraft(today: LocalDate): ActivityDraft {
  return {
    date: today,
    startDate: '',
    title: '',
    provider: '',
    type: '',
    amount: '',
    unit: 'hours',
    relevantPercent: '100',
    semesterCredits: '',
    split: { waysOfWorking: '', powerSkills: '', businessAcumen: '' },
    waysOfWorkingFor: {},
    status: 'earned',
    claims: {},
    excludedFrom: [],
    categories: {},
    roleStart: '',
    roleEnd: '',
    claimCode: '',
    notes: '',
  };
}

/** The draft of a stored activity, for editing. */
export function draftFromActivity(a: Activity): ActivityDraft {
  const split = a.split;
  return {
    date: a.date,
    startDate: a.startDate ?? '',
    title: a.title,
    provider: a.provider ?? '',
    type: a.type,
    amount: numberText(a.amount),
    unit: a.unit,
    relevantPercent: numberText(a.relevantPercent ?? 100),
    semesterCredits: numberText(a.semesterCredits),
    split: {
      waysOfWorking: numberText(split?.waysOfWorking),
      powerSkills: numberText(split?.powerSkills),
      businessAcumen: numberText(split?.businessAcumen),
    },
    waysOfWorkingFor: Object.fromEntries(
      Object.entries(a.waysOfWorkingFor ?? {}).map(([id, h]) => [id, numberText(h)]),
    ),
    status: a.status,
    claims: { ...a.claims },
    excludedFrom: [...(a.excludedFrom ?? [])],
    categories: { ...a.categories },
    roleStart: a.practitionerPeriod?.start ?? '',
    roleEnd: a.practitionerPeriod?.end ?? '',
    claimCode: a.claimCode ?? '',
    notes: a.notes ?? '',
  };
}

const isEducation = (type: ActivityType | '') => isActivityType(type) && !isGivingBack(type);

/** Education only; no split at all when every area is blank (it is optional, see validator). */
function splitOf(d: ActivityDraft): Activity['split'] {
  if (!isEducation(d.type)) return null;
  if (areas.every((a) => d.split[a].trim() === '')) return null;
  return {
    waysOfWorking: parseOptional(d.split.waysOfWorking) ?? 0,
    powerSkills: parseOptional(d.split.powerSkills) ?? 0,
    businessAcumen: parseOptional(d.split.businessAcumen) ?? 0,
  };
}

function allocationOf(d: ActivityDraft): Activity['waysOfWorkingFor'] {
  if (!isEducation(d.type)) return undefined;
  const entries = Object.entries(d.waysOfWorkingFor)
    .filter(([, text]) => text.trim() !== '')
    .map(([id, text]) => [id, parseHours(text)] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * Only on a type that takes them (a university course): credits typed for another type stay
 * in the draft, unsaved, should the type be changed back. Blank is none.
 */
function semesterCreditsOf(d: ActivityDraft): number | undefined {
  if (!takesSemesterCredits(d.type) || d.semesterCredits.trim() === '') return undefined;
  return parseDecimal(d.semesterCredits);
}

/**
 * Work as a practitioner's time in the role, for pro-rating (domain-facts §1: "pro-rated to
 * the time in the role"). Both blank: none (the full cap). "Until" blank: still in the role,
 * so the time runs to the activity's own date, the day it is claimed (time not yet worked
 * earns nothing). "From" blank with an "until": kept blank, for validateActivity to ask for.
 */
function roleOf(d: ActivityDraft): Activity['practitionerPeriod'] {
  if (d.type !== 'work-as-practitioner') return null;
  const start = d.roleStart.trim();
  const end = d.roleEnd.trim();
  if (!start && !end) return null;
  if (end || !start) return { start, end };
  // Until the completion date is a real date its own error stands; the role waits for it.
  const date = d.date.trim();
  return { start, end: isLocalDate(date) ? date : start };
}

const optionalText = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The activity the draft describes. Fields the form does not show are kept from `base`, so
 * editing never drops them; the category tags are the draft's (it starts with every stored
 * one, those of credentials no longer held included), so a cleared one is gone.
 */
export function activityFromDraft(
  d: ActivityDraft,
  base: Partial<Activity> & { id: string },
): Activity {
  const percent = parsePercent(d.relevantPercent);
  const activity: Activity = {
    ...base,
    date: d.date.trim(),
    startDate: d.startDate.trim() || null,
    title: d.title.trim(),
    provider: optionalText(d.provider),
    type: d.type as ActivityType,
    amount: parseHours(d.amount),
    unit: d.unit,
    relevantPercent: percent === 100 ? undefined : percent,
    semesterCredits: semesterCreditsOf(d),
    split: splitOf(d),
    waysOfWorkingFor: allocationOf(d),
    status: d.status,
    claims: Object.keys(d.claims).length ? { ...d.claims } : undefined,
    excludedFrom: d.excludedFrom.length ? [...d.excludedFrom] : undefined,
    categories: Object.keys(d.categories).length ? { ...d.categories } : undefined,
    practitionerPeriod: roleOf(d),
    claimCode: optionalText(d.claimCode),
    notes: optionalText(d.notes),
  };
  // Blank optional fields are left out rather than stored as undefined.
  return Object.fromEntries(
    Object.entries(activity).filter(([, v]) => v !== undefined),
  ) as unknown as Activity;
}

/**
 * The split's running sum against the hours it must add up to (domain-facts §1: the areas
 * of an education activity add up to its counted hours). null where a number is unreadable.
 */
export function splitProgress(d: ActivityDraft): { sum: number | null; counted: number | null } {
  const parts = areas.map((a) => parseOptional(d.split[a]) ?? 0);
  const sumOk = parts.every((n) => Number.isFinite(n));
  const sum = sumOk ? toHours(parts.reduce((t, n) => t + toQuarters(n), 0)) : null;
  const amount = parseHours(d.amount);
  const percent = parsePercent(d.relevantPercent);
  const countable = Number.isFinite(amount) && amount > 0 && percent > 0 && percent <= 100;
  const counted = countable
    ? toHours(countedQuarters({ amount, unit: d.unit, relevantPercent: percent }))
    : null;
  return { sum, counted };
}
