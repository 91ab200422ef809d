/**
 * What happens to an entry's credit entries when the entry changes or goes (issue 6:
 * "editing or deleting a course asks what to do with its credit entries; never orphans,
 * never silent changes"). The user picks one of three answers; this works out the writes.
 */
import { areas } from '../../catalog/credentials/types';
import type { Activity, AreaSplit } from '../credits/activity';
import { toQuarters } from '../credits/quarters';
import type { CreditSuggestion } from './suggest';

/** Keep them as ordinary credit entries (the link is removed), update them, or delete them. */
export const linkActions = ['unlink', 'update', 'delete'] as const;
export type LinkAction = (typeof linkActions)[number];

export interface LinkPlan<A extends Activity> {
  /** Activities to write as they are given (updated or unlinked). */
  put: A[];
  /** Suggestions with no linked activity to update: new activities. */
  add: CreditSuggestion['activity'][];
  /** Ids of linked activities to delete. */
  remove: string[];
}

type Proposed = CreditSuggestion['activity'];

const sameSplit = (a: AreaSplit | null, b: AreaSplit | null) =>
  a === null || b === null
    ? a === b
    : areas.every((area) => toQuarters(a[area]) === toQuarters(b[area]));

const splitTotal = (s: AreaSplit) => areas.reduce((t, area) => t + toQuarters(s[area]), 0);

/**
 * The area split a credit entry keeps on an update. The user may have changed the proposed
 * split (in the confirmation panel or the credit log); that split stays while the entry still
 * proposes what it proposed before (`before`, the suggestion from the entry as it was) and the
 * hours still add up. When the entry's own hours or area changed, its new split is taken.
 */
function keptSplit(old: Activity, fresh: Proposed, before: Proposed | undefined) {
  const proposed = fresh.split ?? null;
  if (!before || !old.split || !proposed) return proposed;
  if (!sameSplit(before.split ?? null, proposed)) return proposed;
  return splitTotal(old.split) === toQuarters(fresh.amount) ? old.split : proposed;
}

/**
 * The user's own claim data survives an update: status, claims, exclusions, code, notes, and
 * the area split they gave while the entry's own split is unchanged.
 */
function updated<A extends Activity>(old: A, fresh: Proposed, before?: Proposed): A {
  return {
    ...old,
    date: fresh.date,
    startDate: fresh.startDate ?? null,
    title: fresh.title,
    provider: fresh.provider,
    type: fresh.type,
    amount: fresh.amount,
    unit: fresh.unit,
    split: keptSplit(old, fresh, before),
    sourceId: fresh.sourceId,
  };
}

/**
 * The writes for one answer. 'update' matches a linked activity to a fresh suggestion by
 * title, then by what is left in order, so a renamed course keeps its credit entry; linked
 * activities left over are deleted, suggestions left over are added. After an 'update', the
 * entry's linked activities are exactly its fresh suggestions; after the others, none.
 * `previous` are the suggestions of the entry as it was before the edit (matched by key): with
 * them, a split the user changed survives when the entry's own split did not change.
 */
export function planLinkChange<A extends Activity>(
  linked: readonly A[],
  action: LinkAction,
  fresh: readonly CreditSuggestion[],
  previous: readonly CreditSuggestion[] = [],
): LinkPlan<A> {
  if (action === 'delete') return { put: [], add: [], remove: linked.map((a) => a.id) };
  if (action === 'unlink') {
    return { put: linked.map(({ sourceId: _gone, ...rest }) => rest as A), add: [], remove: [] };
  }
  const before = (s: CreditSuggestion) => previous.find((p) => p.key === s.key)?.activity;
  const left = [...linked];
  const pending: CreditSuggestion[] = [];
  const put: A[] = [];
  for (const s of fresh) {
    const i = left.findIndex((a) => a.title === s.activity.title);
    if (i >= 0) put.push(updated(left.splice(i, 1)[0]!, s.activity, before(s)));
    else pending.push(s);
  }
  const add: Proposed[] = [];
  for (const s of pending) {
    const old = left.shift();
    if (old) put.push(updated(old, s.activity, before(s)));
    else add.push(s.activity);
  }
  return { put, add, remove: left.map((a) => a.id) };
}
