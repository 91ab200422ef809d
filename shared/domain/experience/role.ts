/**
 * A role in the user's work history (issue 5 part 2) and the kinds of experience it gives.
 * Role types follow the experience named by domain-facts.md §2 (leading projects, program,
 * portfolio, agile, risk, scheduling, business analysis) and PRODUCT.md's ladder (PMO).
 */
import type { YearMonth } from './months';

export const roleTypes = [
  'leading-projects',
  'project-team',
  'pmo',
  'program',
  'portfolio',
  'agile',
  'risk',
  'scheduling',
  'business-analysis',
  'general-business',
] as const;

/**
 * 'project-team': working on projects without leading them (coordinator, administrator,
 * team member) — project experience, not "leading projects". 'general-business':
 * professional work outside projects; it counts only as business experience (PfMP).
 */
export type RoleType = (typeof roleTypes)[number];

/** Role types that are project work of some kind ("project experience", PMI-PMOCP). */
export const projectRoleTypes: readonly RoleType[] = roleTypes.filter(
  (t) => t !== 'general-business',
);

/**
 * Which roles a condition counts: roles with any of these types, or 'any-role' — every
 * logged role, which is how Ascent reads PfMP's "business experience" (domain-facts §2).
 */
export type RoleSelector = readonly RoleType[] | 'any-role';

export interface Budget {
  amount: number;
  /** ISO 4217 code, e.g. 'EUR'. */
  currency: string;
}

export interface Role {
  id: string;
  title: string;
  organisation: string;
  industry: string;
  start: YearMonth;
  /** Last month worked, included; null while the role is ongoing. */
  end: YearMonth | null;
  roleTypes: readonly RoleType[];
  teamSize?: number | null;
  budget?: Budget | null;
  description?: string;
}

/** True when the role counts for the selector. */
export function roleMatches(role: Pick<Role, 'roleTypes'>, selector: RoleSelector): boolean {
  if (selector === 'any-role') return true;
  return role.roleTypes.some((t) => selector.includes(t));
}

/** True for one of the role types above (issue 5 part 9: unknown values are refused). */
export function isRoleType(value: unknown): value is RoleType {
  return typeof value === 'string' && (roleTypes as readonly string[]).includes(value);
}
