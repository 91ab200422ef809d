/**
 * What happens to an entry's credit entries when the entry changes or goes (issue 6:
 * "editing or deleting a course asks what to do with its credit entries; never orphans,
 * never silent changes"). The user picks one of three answers; this works out the writes.
 */
import type { Activity } from '../credits/activity';
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

/** The user's own claim data survives an update: status, claims, exclusions, code, notes. */
function updated<A extends Activity>(old: A, fresh: CreditSuggestion['activity']): A {
  return {
    ...old,
    date: fresh.date,
    startDate: fresh.startDate ?? null,
    title: fresh.title,
    provider: fresh.provider,
    type: fresh.type,
    amount: fresh.amount,
    unit: fresh.unit,
    split: fresh.split ?? null,
    sourceId: fresh.sourceId,
  };
}

/**
 * The writes for one answer. 'update' matches a linked activity to a fresh suggestion by
 * title, then by what is left in order, so a renamed course keeps its credit entry; linked
 * activities left over are deleted, suggestions left over are added. After an 'update', the
 * entry's linked activities are exactly its fresh suggestions; after the others, none.
 */
export function planLinkChange<A extends Activity>(
  linked: readonly A[],
  action: LinkAction,
  fresh: readonly CreditSuggestion[],
): LinkPlan<A> {
  if (action === 'delete') return { put: [], add: [], remove: linked.map((a) => a.id) };
  if (action === 'unlink') {
    return { put: linked.map(({ sourceId: _gone, ...rest }) => rest as A), add: [], remove: [] };
  }
  const left = [...linked];
  const pending: CreditSuggestion[] = [];
  const put: A[] = [];
  for (const s of fresh) {
    const i = left.findIndex((a) => a.title === s.activity.title);
    if (i >= 0) put.push(updated(left.splice(i, 1)[0]!, s.activity));
    else pending.push(s);
  }
  const add: CreditSuggestion['activity'][] = [];
  for (const s of pending) {
    const old = left.shift();
    if (old) put.push(updated(old, s.activity));
    else add.push(s.activity);
  }
  return { put, add, remove: left.map((a) => a.id) };
}
