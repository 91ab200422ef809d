/**
 * Rule: "avoid counting the same learning twice" (Ascent's decision, M; issue 6: credit entries
 * come from the journal only when the user confirms them). A credit entry kept unlinked from its
 * journal entry ("Keep them as they are, unlinked"), or logged by hand, still counts; when the
 * entry later proposes its credit again, confirming would put the same learning in the credit
 * log twice. Nothing on a credit entry records where an unlinked one came from, so the match is
 * by what the user sees of it.
 */
import { sameTextKey } from '../../text/search';
import type { Activity } from '../credits/activity';

/** What a credit entry is matched by: its title and completion day, and whether it is linked. */
export type LoggedCredit = Pick<Activity, 'title' | 'date' | 'sourceId'>;

/** What a proposed credit entry is matched by. */
export type ProposedCredit = Pick<Activity, 'title' | 'date'>;

/**
 * A title as the match compares it (sameTextKey, as the import's duplicate check does):
 * without the spaces around it or runs of spaces inside, and without case ("Leading  Agile
 * teams " is "leading agile teams").
 */
export const sameLearningTitle = sameTextKey;

const keyOf = (a: ProposedCredit): string => `${a.date} ${sameLearningTitle(a.title)}`;

/**
 * For each proposed credit entry, the credit entry of the log that looks like the same
 * learning, or null: one linked to no journal entry (no `sourceId`), completed the same day,
 * with the same title (sameLearningTitle). A credit entry with another title or day is not
 * matched, even when it is the same course renamed or re-dated: the match must not warn about
 * a different course taken the same day, nor about last month's chapter meeting of the same
 * name. Each logged entry answers for one proposed entry at most, the first in `log` order.
 */
export function unlinkedLookalikes<A extends LoggedCredit>(
  proposed: readonly ProposedCredit[],
  log: readonly A[],
): (A | null)[] {
  const wanted = new Set(proposed.map(keyOf));
  const free = new Map<string, A[]>();
  for (const a of log) {
    if (a.sourceId || typeof a.title !== 'string' || typeof a.date !== 'string') continue;
    const key = keyOf(a);
    if (!wanted.has(key)) continue;
    free.set(key, [...(free.get(key) ?? []), a]);
  }
  return proposed.map((p) => free.get(keyOf(p))?.shift() ?? null);
}
