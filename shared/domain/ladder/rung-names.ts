/**
 * Rung names on the user's own ladder (issue 5 part 1: "the user can edit rungs … add their
 * own"). A name is how a person tells rungs apart everywhere (the Dashboard, Settings →
 * Current rung, "Remove PMO Analyst?"), so two rungs may not share one.
 *
 * Ascent decision (for README, "Decisions"): names are compared trimmed, with runs of spaces as
 * one and without regard to case, so "PMO Analyst", " pmo  analyst " and "PMO ANALYST" are the
 * same name. Codes and the clashing rung only; the UI says it in words (DESIGN.md §4).
 */
import { RUNG_NAME_MAX } from '../../catalog/ladder-requirements/edit';

/** What the name rule needs of a rung. */
export interface NamedRung {
  id: string;
  name: string;
}

export type RungNameProblem =
  | { code: 'REQUIRED' }
  | { code: 'TOO_LONG'; max: number }
  /** `taken`: the rung that has the name already, as it is named now. */
  | { code: 'NAME_TAKEN'; taken: NamedRung };

/** The form of a name two names are compared in: trimmed, spaces as one, any case. */
export function rungNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Whether `name` can be given to a rung of `rungs`: not empty, not longer than RUNG_NAME_MAX,
 * and no other rung with the same name (compared as rungNameKey does). `self`: the id of the
 * rung being renamed, which keeps its own name; absent for a new rung. Null when it can.
 */
export function checkRungName(
  name: string,
  rungs: readonly NamedRung[],
  self?: string,
): RungNameProblem | null {
  const key = rungNameKey(name);
  if (key === '') return { code: 'REQUIRED' };
  if (name.trim().length > RUNG_NAME_MAX) return { code: 'TOO_LONG', max: RUNG_NAME_MAX };
  const taken = rungs.find((r) => r.id !== self && rungNameKey(r.name) === key);
  return taken ? { code: 'NAME_TAKEN', taken: { id: taken.id, name: taken.name } } : null;
}

/** Rungs that share a name: the name as the first of them has it, and their ids. */
export interface NameClash {
  name: string;
  rungIds: string[];
}

/** Every name shared by two or more of `rungs`, in ladder order. */
export function nameClashes(rungs: readonly NamedRung[]): NameClash[] {
  const groups = new Map<string, NameClash>();
  for (const r of rungs) {
    const key = rungNameKey(r.name);
    const group = groups.get(key);
    if (group) group.rungIds.push(r.id);
    else groups.set(key, { name: r.name.trim(), rungIds: [r.id] });
  }
  return [...groups.values()].filter((g) => g.rungIds.length > 1);
}

/**
 * The clashes a change of the ladder from `before` to `after` would bring: names shared in
 * `after` that were not shared in `before`. The save boundary refuses these, so no way of
 * saving (adding, renaming, resetting a rung, Undo) makes two rungs share a name; a ladder
 * saved with a shared name before this rule existed can still be changed until it is fixed.
 */
export function newNameClashes(
  before: readonly NamedRung[],
  after: readonly NamedRung[],
): NameClash[] {
  const old = new Set(nameClashes(before).map((c) => rungNameKey(c.name)));
  return nameClashes(after).filter((c) => !old.has(rungNameKey(c.name)));
}
