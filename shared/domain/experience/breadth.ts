/**
 * Breadth of experience: industries worked in and the largest team led. The second seed
 * text asks for project experience "in different organizations and industries" and of
 * "varying sizes and complexities"; PRODUCT.md's ladder lists "across industries and
 * project sizes" among the experience requirements.
 */
import type { LocalDate } from '../../dates';
import { monthIndex, monthOf } from './months';
import { roleMatches, type Role, type RoleSelector } from './role';

/** Industry names compare without case and surrounding or repeated spaces. */
export function normaliseIndustry(industry: string): string {
  return industry.trim().replace(/\s+/g, ' ').toLowerCase();
}

function startedBy(role: Role, asOf: LocalDate): boolean {
  return monthIndex(role.start) <= monthIndex(monthOf(asOf));
}

/**
 * Distinct industries of the selected roles started by `asOf` (seed 002: experience across
 * industries). Returns the normalised names, sorted, as evidence.
 */
export function distinctIndustries(
  roles: readonly Role[],
  selector: RoleSelector,
  asOf: LocalDate,
): string[] {
  const names = new Set<string>();
  for (const role of roles) {
    if (!roleMatches(role, selector) || !startedBy(role, asOf)) continue;
    const name = normaliseIndustry(role.industry);
    if (name !== '') names.add(name);
  }
  return [...names].sort();
}

/**
 * The largest team size among the selected roles started by `asOf` (seed 002: projects of
 * varying sizes), with the role that had it; null when no role gives a team size.
 */
export function largestTeam(
  roles: readonly Role[],
  selector: RoleSelector,
  asOf: LocalDate,
): { size: number; roleId: string } | null {
  let best: { size: number; roleId: string } | null = null;
  for (const role of roles) {
    if (!roleMatches(role, selector) || !startedBy(role, asOf)) continue;
    const size = role.teamSize ?? null;
    if (size !== null && (best === null || size > best.size)) best = { size, roleId: role.id };
  }
  return best;
}
