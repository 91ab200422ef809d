/**
 * What happens to an entry's credit entries when the entry changes or goes (issue 6:
 * "editing or deleting a course asks what to do with its credit entries; never orphans,
 * never silent changes"). The user picks one of three answers; this works out the writes.
 */
import { countedQuarters, type Activity, type AreaSplit } from '../credits/activity';
import { toHours } from '../credits/quarters';
import { sameSplit, scaleSplit, splitQuarters } from './split-scale';
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

/**
 * The area split a credit entry gets on an update (review A3, Ascent's decision). The person
 * may have changed the proposed split (in the confirmation panel or the credit log); that split
 * is theirs while the entry still puts its hours where it did — its proposal now is its
 * proposal before (`before`, from the entry as it was) carried to the new hours. When the
 * entry's own area or split changed, its new proposal is taken instead. Either is kept while
 * it adds up to the entry's counted hours (relevant share applied), else carried to them in
 * proportion (scaleSplit). Without `before` there is nothing to compare: the proposal.
 */
function splitOnUpdate(old: Activity, fresh: Proposed, before: Proposed | undefined) {
  const proposed = fresh.split ?? null;
  if (!proposed) return proposed;
  const mine = old.split ?? null;
  const carried = before?.split ? scaleSplit(before.split, fresh.amount) : null;
  const base = mine && carried && sameSplit(carried, proposed) ? mine : proposed;
  const target = countedQuarters({
    amount: fresh.amount,
    unit: fresh.unit,
    ...(old.relevantPercent === undefined ? {} : { relevantPercent: old.relevantPercent }),
  });
  if (splitQuarters(base) === target) return base;
  return scaleSplit(base, toHours(target)) ?? proposed;
}

/** Ways of Working hours allotted per credential, never above the Ways of Working left. */
function allotted(old: Activity, split: AreaSplit | null): Activity['waysOfWorkingFor'] {
  if (!old.waysOfWorkingFor) return old.waysOfWorkingFor;
  const ways = split?.waysOfWorking ?? 0;
  return Object.fromEntries(
    Object.entries(old.waysOfWorkingFor).map(([id, hours]) => [id, Math.min(hours, ways)]),
  );
}

/**
 * The user's own claim data survives an update: status, claims, exclusions, code, notes, and
 * the area split they gave (splitOnUpdate).
 */
function updated<A extends Activity>(old: A, fresh: Proposed, before?: Proposed): A {
  const split = splitOnUpdate(old, fresh, before);
  const ways = allotted(old, split);
  return {
    ...old,
    date: fresh.date,
    startDate: fresh.startDate ?? null,
    title: fresh.title,
    provider: fresh.provider,
    type: fresh.type,
    amount: fresh.amount,
    unit: fresh.unit,
    split,
    ...(ways ? { waysOfWorkingFor: ways } : {}),
    sourceId: fresh.sourceId,
  };
}

const sameValue = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || JSON.stringify(a) === JSON.stringify(b);

/** How many of the fields a suggestion derives an entry from are the same on `a` (ties: order). */
function likeness(a: Activity, p: Proposed): number {
  const fields = ['date', 'startDate', 'provider', 'type', 'amount', 'unit'] as const;
  const same = fields.filter((k) => sameValue(a[k], p[k])).length;
  return same + (sameSplit(a.split ?? null, p.split ?? null) ? 1 : 0);
}

/**
 * The linked entry a suggestion made, found by `title` among those `left`: the one most like
 * `made` when several have that title (two same-day "Keynote" sessions), else the first. -1
 * when none has it.
 */
function entryTitled(left: readonly Activity[], title: string, made: Proposed): number {
  let best = -1;
  left.forEach((a, i) => {
    if (a.title !== title) return;
    if (best < 0 || likeness(a, made) > likeness(left[best]!, made)) best = i;
  });
  return best;
}

/**
 * The writes for one answer. 'update' matches each fresh suggestion to a linked activity: by
 * its key first — the entry made from the suggestion with that key before the edit (`previous`:
 * its title, and among entries with the same title the one most like it), so a renamed event
 * keeps each session's entry and the person's data on it — then by its new title, then by what
 * is left in order, so a renamed course keeps its credit entry. Linked activities left over are
 * deleted, suggestions left over are added. After an 'update', the entry's linked activities are
 * exactly its fresh suggestions; after the others, none. With `previous`, a split the user
 * changed survives, carried to new hours (splitOnUpdate).
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
  const matched = new Map<CreditSuggestion, A>();
  const take = (s: CreditSuggestion, i: number) => {
    if (i >= 0) matched.set(s, left.splice(i, 1)[0]!);
  };
  for (const s of fresh) {
    const was = before(s);
    if (was) take(s, entryTitled(left, was.title, was));
  }
  for (const s of fresh) {
    if (!matched.has(s)) take(s, entryTitled(left, s.activity.title, s.activity));
  }
  const put: A[] = [];
  const add: Proposed[] = [];
  for (const s of fresh) {
    const old = matched.get(s) ?? left.shift();
    if (old) put.push(updated(old, s.activity, before(s)));
    else add.push(s.activity);
  }
  return { put, add, remove: left.map((a) => a.id) };
}

function sameActivity(a: Proposed, b: Proposed): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Proposed>;
  return [...keys].every((k) =>
    k === 'split' ? sameSplit(a.split ?? null, b.split ?? null) : sameValue(a[k], b[k]),
  );
}

/**
 * Whether an edit changed anything the entry's credit entries are derived from (review A15,
 * Ascent's decision on issue 6's "never silent changes"): the suggestions of the entry as it
 * was and as it is saved, matched by key, with the same fields. When they are the same (only
 * notes or a reflection changed, say), the save need not ask and leaves the credit entries as
 * they are.
 */
export function sameCredits(
  before: readonly CreditSuggestion[],
  after: readonly CreditSuggestion[],
): boolean {
  if (before.length !== after.length) return false;
  return before.every((s) => {
    const other = after.find((t) => t.key === s.key);
    return !!other && sameActivity(s.activity, other.activity);
  });
}

/** A split an update changes: `scaled` when it is the person's own carried to the new hours. */
export interface SplitChange {
  title: string;
  from: AreaSplit;
  to: AreaSplit;
  scaled: boolean;
}

/** What "Update them to match" would do, for the question before it is answered. */
export interface UpdatePreview {
  updated: number;
  added: number;
  removed: number;
  splits: SplitChange[];
}

/** The outcome of an 'update' answer, worked out as planLinkChange would write it. */
export function previewUpdate(
  linked: readonly Activity[],
  fresh: readonly CreditSuggestion[],
  previous: readonly CreditSuggestion[] = [],
): UpdatePreview {
  const plan = planLinkChange(linked, 'update', fresh, previous);
  const splits: SplitChange[] = [];
  for (const now of plan.put) {
    const was = linked.find((a) => a.id === now.id);
    if (!was?.split || !now.split || sameSplit(was.split, now.split)) continue;
    const carried = scaleSplit(was.split, toHours(splitQuarters(now.split)));
    splits.push({
      title: now.title,
      from: was.split,
      to: now.split,
      scaled: sameSplit(carried, now.split),
    });
  }
  return { updated: plan.put.length, added: plan.add.length, removed: plan.remove.length, splits };
}
