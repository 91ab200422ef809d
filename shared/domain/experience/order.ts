/**
 * The order of the work history, latest first, as a CV lists it (issue 5 part 2: the Experience
 * screen's "Your roles, latest first"). Read by their start month alone, roles that started in
 * the same month — a main role and a PMO role taken on beside it, or two roles logged with only
 * the year known — came back in the order of their random ids, a different one for every two
 * roles added. README, Decisions.
 */
import type { Role } from './role';

type Ordered = Pick<Role, 'id' | 'title' | 'start' | 'end'>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The later start month first; of two that started in the same month, the one still going
 * (no end month) first, then the later end; then the title (case aside, numbers in their
 * order); the id last, so every reading shows one order.
 */
export function compareRoles(a: Ordered, b: Ordered): number {
  if (a.start !== b.start) return byText(b.start, a.start);
  if (a.end !== b.end) {
    if (a.end === null) return -1;
    if (b.end === null) return 1;
    return byText(b.end, a.end);
  }
  return (
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) ||
    byText(a.id, b.id)
  );
}

/** The roles in the order above (compareRoles), as a new list. */
export function sortRoles<R extends Ordered>(roles: readonly R[]): R[] {
  return [...roles].sort(compareRoles);
}
