/**
 * Checks a role before it is saved (issue 5 part 9: "end before start, overlapping dates
 * typed wrongly … clear messages, nothing saved while invalid"). Codes only; the UI words
 * them. Overlaps between roles are allowed (they count once) and reported as notices.
 */
import { checkLength, type FieldError } from '../../catalog/credentials/validation';
import type { LocalDate } from '../../dates';
import { isYearMonth, monthIndex, monthOf, monthsInclusive, type YearMonth } from './months';
import { isRoleType, type Role } from './role';

export type RoleErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'MONTH_INVALID'
  | 'END_MISSING'
  | 'END_BEFORE_START'
  | 'START_IN_FUTURE'
  | 'END_IN_FUTURE'
  | 'START_TOO_EARLY'
  | 'NO_ROLE_TYPE'
  | 'UNKNOWN_VALUE'
  | 'DUPLICATE'
  | 'NOT_WHOLE'
  | 'TOO_SMALL'
  | 'NEGATIVE'
  | 'NOT_A_NUMBER'
  | 'CURRENCY_INVALID'
  /** A currency typed without an amount (budgetTextErrors, checked on the typed text). */
  | 'AMOUNT_MISSING';

export const ROLE_TEXT_MAX = 120;
export const ROLE_DESCRIPTION_MAX = 2000;
/** Nobody's working life starts before 1950; an earlier year is a typing slip. */
export const EARLIEST_ROLE_MONTH: YearMonth = '1950-01';

type Errors = FieldError<RoleErrorCode>[];

/** Required text, and text longer than `max` characters (not UTF-16 units: an emoji is one). */
function checkText(field: string, value: string, required: boolean, max: number, e: Errors) {
  const text = value.trim();
  if (required && text === '') e.push({ field, code: 'REQUIRED' });
  else checkLength(text, max, field, e);
}

function checkMonths(role: Role, asOf: LocalDate, e: Errors) {
  const now = monthOf(asOf);
  const startOk = isYearMonth(role.start);
  if (!startOk) e.push({ field: 'start', code: role.start ? 'MONTH_INVALID' : 'REQUIRED' });
  else if (role.start > now) e.push({ field: 'start', code: 'START_IN_FUTURE' });
  else if (role.start < EARLIEST_ROLE_MONTH) e.push({ field: 'start', code: 'START_TOO_EARLY' });
  if (role.end === null) return;
  // An empty end on a role that is not ongoing is a choice still to make (a month, or
  // ongoing), not a month typed wrongly.
  if (!isYearMonth(role.end))
    e.push({ field: 'end', code: String(role.end).trim() ? 'MONTH_INVALID' : 'END_MISSING' });
  else if (startOk && role.end < role.start) e.push({ field: 'end', code: 'END_BEFORE_START' });
  else if (role.end > now) e.push({ field: 'end', code: 'END_IN_FUTURE' });
}

function checkTypes(role: Role, e: Errors) {
  if (role.roleTypes.length === 0) e.push({ field: 'roleTypes', code: 'NO_ROLE_TYPE' });
  const seen = new Set<string>();
  role.roleTypes.forEach((t, i) => {
    if (!isRoleType(t)) e.push({ field: `roleTypes.${i}`, code: 'UNKNOWN_VALUE' });
    else if (seen.has(t)) e.push({ field: `roleTypes.${i}`, code: 'DUPLICATE' });
    seen.add(t);
  });
}

function checkSize(role: Role, e: Errors) {
  const team = role.teamSize;
  if (team !== undefined && team !== null) {
    if (!Number.isFinite(team)) e.push({ field: 'teamSize', code: 'NOT_A_NUMBER' });
    else if (!Number.isInteger(team)) e.push({ field: 'teamSize', code: 'NOT_WHOLE' });
    else if (team < 1) e.push({ field: 'teamSize', code: 'TOO_SMALL' });
  }
  const budget = role.budget;
  if (budget !== undefined && budget !== null) {
    if (!Number.isFinite(budget.amount)) e.push({ field: 'budget.amount', code: 'NOT_A_NUMBER' });
    else if (budget.amount < 0) e.push({ field: 'budget.amount', code: 'NEGATIVE' });
    // A budget is a whole amount of money (budget.ts: how separators in it are read).
    else if (!Number.isInteger(budget.amount))
      e.push({ field: 'budget.amount', code: 'NOT_WHOLE' });
    if (!/^[A-Z]{3}$/.test(budget.currency)) {
      e.push({ field: 'budget.currency', code: 'CURRENCY_INVALID' });
    }
  }
}

/**
 * Field errors of a role as of `asOf`: title, organisation and industry required; real
 * months; an end month unless the role is ongoing (null); end not before start; no month after the month of `asOf` (an ongoing role has
 * no end); at least one known role type; a whole team size of at least one; a budget that
 * is a whole, non-negative amount with a three-letter currency. Empty list: valid.
 */
export function validateRole(role: Role, asOf: LocalDate): FieldError<RoleErrorCode>[] {
  const e: Errors = [];
  checkText('title', role.title, true, ROLE_TEXT_MAX, e);
  checkText('organisation', role.organisation, true, ROLE_TEXT_MAX, e);
  checkText('industry', role.industry, true, ROLE_TEXT_MAX, e);
  checkText('description', role.description ?? '', false, ROLE_DESCRIPTION_MAX, e);
  checkMonths(role, asOf, e);
  checkTypes(role, e);
  checkSize(role, e);
  return e;
}

export interface RoleOverlap {
  code: 'ROLES_OVERLAP';
  roleIds: [string, string];
  /** Months both roles cover (counted once). */
  months: number;
  sameOrganisation: boolean;
}

function endIndex(role: Role, asOf: LocalDate): number {
  return role.end === null ? monthIndex(monthOf(asOf)) : monthIndex(role.end);
}

/**
 * A hand-over, not an overlap (README, Decisions: a role ending in the month the next starts):
 * the two roles share one month only, and one of them ends in that month while the other starts
 * in it — a promotion or a change of job within a month, which is how a work history is written
 * month by month. Two roles that share any other month (both ongoing this month, one inside the
 * other, or one still running a month after the next started) overlap.
 */
function isHandOver(a: Role, b: Role, from: number, to: number): boolean {
  if (from !== to) return false;
  const endsThen = (r: Role) => r.end !== null && monthIndex(r.end) === from;
  const startsThen = (r: Role) => monthIndex(r.start) === from;
  return (endsThen(a) && startsThen(b)) || (endsThen(b) && startsThen(a));
}

/**
 * Pairs of valid roles that share months (issue 5 part 9: "overlapping dates typed
 * wrongly"). Overlaps are allowed — the months count once — so these are notices the UI
 * shows for the user to confirm, not errors. A hand-over month (isHandOver: one role ends in
 * the month the other starts, and they share no other month) is no overlap. Roles with invalid
 * months are skipped.
 */
export function findOverlaps(roles: readonly Role[], asOf: LocalDate): RoleOverlap[] {
  const valid = roles.filter((r) => isYearMonth(r.start) && (r.end === null || isYearMonth(r.end)));
  const found: RoleOverlap[] = [];
  valid.forEach((a, i) => {
    for (const b of valid.slice(i + 1)) {
      const from = Math.max(monthIndex(a.start), monthIndex(b.start));
      const to = Math.min(endIndex(a, asOf), endIndex(b, asOf));
      if (to < from || isHandOver(a, b, from, to)) continue;
      const sameOrganisation =
        a.organisation.trim().toLowerCase() === b.organisation.trim().toLowerCase();
      found.push({
        code: 'ROLES_OVERLAP',
        roleIds: [a.id, b.id],
        months: to - from + 1,
        sameOrganisation,
      });
    }
  });
  return found;
}

/** Months a role lasts up to `asOf` (ongoing roles to the month of `asOf`), for display. */
export function roleLength(role: Role, asOf: LocalDate): number {
  const end = role.end ?? monthOf(asOf);
  return monthsInclusive(role.start, end < monthOf(asOf) ? end : monthOf(asOf));
}
