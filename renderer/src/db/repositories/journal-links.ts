/**
 * The link between journal entries and their credit entries (issue 6): an activity's
 * `sourceId` names the entry it came from. Credit entries are written only when the user
 * confirms; an edit or a delete of the entry applies the user's answer (unlink, update,
 * delete) in the same transaction as the entry, so no activity ever points at an entry that
 * is gone and nothing changes without being asked.
 */
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { validateActivity, type Activity } from '../../../../shared/domain/credits';
import {
  planLinkChange,
  previewUpdate,
  sameCredits,
  type CreditSuggestion,
  type LinkAction,
  type UpdatePreview,
} from '../../../../shared/domain/journal';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import type { ActivityRow, EvidenceRow } from './activities';
import { nowIso, writeTransaction } from './write';

/** The user's answer to "what should happen to its credit entries?" with the fresh ones. */
export interface LinkChoice {
  action: LinkAction;
  fresh: readonly CreditSuggestion[];
  /** The suggestions of the entry as it was before the edit: a split the user gave survives. */
  previous?: readonly CreditSuggestion[];
}

/**
 * Asked before an entry with credit entries is saved: how many there are, in which table the
 * entry lives, and what "update them" would do (null when the save cannot work it out).
 */
export interface LinkQuestion {
  table: string;
  linked: number;
  update: UpdateQuestion | null;
}

/**
 * What "Update them to match" would do, and how many evidence files go with the credit entries
 * it deletes (`removedFiles`, given only when there are some): the question names them.
 */
export type UpdateQuestion = UpdatePreview & { removedFiles?: number };

/** What an answer did to an entry's credit entries, with what Undo needs to put them back. */
export interface CreditsChanged {
  table: string;
  sourceId: string;
  action: LinkAction;
  snapshot: CreditSnapshot;
}

/**
 * A save: the row, and what became of its credit entries; or the errors, with the question
 * when the save needs an answer first (LINK_CHOICE_REQUIRED).
 */
export type JournalSaved<T> =
  | {
      ok: true;
      value: T;
      /** What the user's answer did to the entry's credit entries. */
      credits?: CreditsChanged;
      /** Credit entries left as they were: nothing they are derived from changed. */
      untouched?: number;
    }
  | {
      ok: false;
      errors: FieldError[];
      question?: LinkQuestion;
      /**
       * Refused because the stored entry is not the version the form was opened on (`ifStill`):
       * changed or deleted since, e.g. in another window. Nothing was written.
       */
      conflict?: 'CHANGED' | 'DELETED';
    };

/** confirmCredits' refusal when the entry's credit entries are already in the credit log. */
export const ALREADY_CONFIRMED = 'ALREADY_CONFIRMED';

/**
 * confirmCredits' refusal when the entry is no longer the version its proposed credit entries
 * were worked out from (`ifStill`): changed since, in another window say.
 */
export const ENTRY_CHANGED = 'ENTRY_CHANGED';

/** Tables a write touching credit entries needs (activities and their evidence files). */
export const creditTables = ['activities', 'evidence'];

const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');
const evidence = (store: Store) => store.db.table<EvidenceRow, string>('evidence');

/** The credit entries that came from one journal entry, oldest first. */
export async function linkedActivities(store: Store, sourceId: string): Promise<ActivityRow[]> {
  const rows = await activities(store).where('sourceId').equals(sourceId).toArray();
  // A row restored from a file that wrote no stamps has no createdAt (rows-credits.ts).
  const made = (a: ActivityRow): string => (typeof a.createdAt === 'string' ? a.createdAt : '');
  return rows.sort((a, b) => made(a).localeCompare(made(b)) || a.title.localeCompare(b.title));
}

/** Every credit entry's errors, prefixed `credits.<n>.` so the screen can show them. */
export function checkCredits(list: readonly Omit<Activity, 'id'>[], asOf: LocalDate): FieldError[] {
  return list.flatMap((a, i) =>
    validateActivity({ ...a, id: 'candidate' }, asOf).map((e) => ({
      ...e,
      field: `credits.${i}.${e.field}`,
    })),
  );
}

/** What the link writes removed or changed, kept for Undo (the activities as they were). */
export interface CreditSnapshot {
  activities: ActivityRow[];
  evidence: EvidenceRow[];
  /** Ids of activities the change created (Undo deletes them). */
  created: string[];
  /** Ids of activities the change deleted (their evidence files are in `evidence`). */
  removed: string[];
  /**
   * The activities the change kept, as it wrote them (updated, or unlinked): Undo compares
   * each with what is there now, so a credit entry edited since keeps its edit.
   */
  left: ActivityRow[];
}

const LINK_CHOICE_REQUIRED: FieldError = { field: 'credits', code: 'LINK_CHOICE_REQUIRED' };

/**
 * The credit suggestions of an entry as stored or as being saved, for the save to tell whether
 * anything the credit entries are derived from changed. May read the entry's children (an
 * event's sessions: the stored ones for 'stored', the new ones for 'saved').
 */
export type CreditsOf<T> = (
  entry: T,
  which: 'stored' | 'saved',
) => readonly CreditSuggestion[] | Promise<readonly CreditSuggestion[]>;

/**
 * The preview of "Update them to match", with the evidence files of the credit entries it
 * would delete counted (review: the question must say that they go too).
 */
async function updateQuestion(
  store: Store,
  linked: readonly ActivityRow[],
  after: readonly CreditSuggestion[],
  before: readonly CreditSuggestion[],
): Promise<UpdateQuestion> {
  const preview = previewUpdate(linked, after, before);
  const { remove } = planLinkChange(linked, 'update', after, before);
  const files =
    remove.length === 0 ? 0 : await evidence(store).where('activityId').anyOf(remove).count();
  return files > 0 ? { ...preview, removedFiles: files } : preview;
}

/**
 * Whether the save may go ahead with the entry's credit entries, and with which answer: none
 * needed (no credit entries, or nothing they come from changed), the user's (with the
 * suggestions worked out from the stored entry), or a question for the user.
 */
export async function decideLink<T>(
  store: Store,
  table: string,
  existing: T,
  candidate: T,
  linked: readonly ActivityRow[],
  options: { asOf: LocalDate; link?: LinkChoice | undefined; creditsOf?: CreditsOf<T> | undefined },
): Promise<{ link: LinkChoice | undefined } | Extract<JournalSaved<T>, { ok: false }>> {
  const { link, creditsOf } = options;
  if (linked.length === 0) return { link };
  if (!creditsOf) {
    if (link) return { link };
    const question = { table, linked: linked.length, update: null };
    return { ok: false, errors: [LINK_CHOICE_REQUIRED], question };
  }
  const before = await creditsOf(existing, 'stored');
  const after = await creditsOf(candidate, 'saved');
  if (!link) {
    if (sameCredits(before, after)) return { link: undefined };
    const update = await updateQuestion(store, linked, after, before);
    const question = { table, linked: linked.length, update };
    return { ok: false, errors: [LINK_CHOICE_REQUIRED], question };
  }
  if (link.action === 'update') {
    const errors = checkCredits(
      after.map((s) => s.activity),
      options.asOf,
    );
    if (errors.length > 0) return { ok: false, errors };
  }
  return { link: { ...link, fresh: after, previous: before } };
}

/**
 * Applies the answer inside the caller's transaction: reads the linked activities, works out
 * the writes, and returns the snapshot Undo needs. Must run inside a transaction over
 * `creditTables`.
 */
export async function applyLinkChoice(
  store: Store,
  sourceId: string,
  choice: LinkChoice,
): Promise<CreditSnapshot> {
  const linked = await linkedActivities(store, sourceId);
  const plan = planLinkChange(linked, choice.action, choice.fresh, choice.previous);
  const now = nowIso();
  const files = await evidence(store).where('activityId').anyOf(plan.remove).toArray();
  await evidence(store).where('activityId').anyOf(plan.remove).delete();
  await activities(store).bulkDelete(plan.remove);
  // put() replaces the whole row, so an unlinked activity really loses its sourceId.
  const left = plan.put.map((a) => ({ ...a, updatedAt: now }));
  await activities(store).bulkPut(left);
  const created = plan.add.map((a) => ({
    ...a,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  }));
  await activities(store).bulkAdd(created);
  return {
    activities: linked,
    evidence: files,
    created: created.map((a) => a.id),
    removed: plan.remove,
    left,
  };
}

/** Key order aside, the same stored row. */
const sameRow = (a: object, b: object): boolean =>
  JSON.stringify(Object.entries(a).sort(([x], [y]) => x.localeCompare(y))) ===
  JSON.stringify(Object.entries(b).sort(([x], [y]) => x.localeCompare(y)));

/**
 * Puts credit entries back as they were before a change (Undo); must run inside a transaction
 * over `creditTables`. The ones it deleted come back exactly, with their evidence. One it kept
 * (unlinked, say) comes back as it was only while it is still as the change left it: edited
 * since (in the credit log), it keeps the edit and only gets its link back, and only while it
 * is still unlinked: linked to another entry since ("Link that entry to this course instead"),
 * it stays with that entry. Deleted since, it stays deleted. One it deleted that is there
 * again (saved anew in another window) stays as saved, evidence files included: a file that
 * save removed does not come back. An Undo never overwrites a later change. Returns the ids of
 * the credit entries left linked to another entry.
 */
export async function restoreCredits(store: Store, snap: CreditSnapshot): Promise<string[]> {
  await activities(store).bulkDelete(snap.created);
  const left = new Map(snap.left.map((a) => [a.id, a]));
  const putBack = new Set<string>();
  const linkedElsewhere: string[] = [];
  for (const was of snap.activities) {
    const wrote = left.get(was.id);
    const now = await activities(store).get(was.id);
    if (wrote && !now) continue;
    if (now && (!wrote || !sameRow(now, wrote))) {
      if (was.sourceId === undefined || now.sourceId === was.sourceId) continue;
      if (now.sourceId === undefined)
        await activities(store).update(was.id, { sourceId: was.sourceId });
      else linkedElsewhere.push(was.id);
      continue;
    }
    await activities(store).put(was);
    putBack.add(was.id);
  }
  await evidence(store).bulkPut(snap.evidence.filter((f) => putBack.has(f.activityId)));
  return linkedElsewhere;
}

/** Why an Undo of an answer put nothing back. */
export type CreditsRestored = 'restored' | 'entry-gone' | 'linked-again';

/**
 * Undo of an answer that deleted credit entries ("Delete them", or an update that left some
 * matching nothing): puts the deleted ones back exactly, with their evidence, linked to their
 * entry; credit entries the answer kept or added stay as they are now. Refused, nothing
 * written, when the entry is gone since ('entry-gone': they would point at nothing) and when
 * the entry has credit entries other than those the answer left ('linked-again': confirmed
 * anew since, the same credit would count twice).
 */
export async function restoreLinkedCredits(
  store: Store,
  change: CreditsChanged,
): Promise<CreditsRestored> {
  return writeTransaction(store, [change.table, ...creditTables], async () => {
    if (!(await store.db.table(change.table).get(change.sourceId))) return 'entry-gone';
    const { snapshot } = change;
    const removed = new Set(snapshot.removed);
    const kept = new Set([
      ...snapshot.activities.filter((a) => !removed.has(a.id)).map((a) => a.id),
      ...snapshot.created,
    ]);
    const linked = await linkedActivities(store, change.sourceId);
    if (linked.some((a) => !kept.has(a.id))) return 'linked-again';
    const back = snapshot.activities.filter((a) => removed.has(a.id));
    await restoreCredits(store, { ...snapshot, activities: back, created: [], left: [] });
    return 'restored';
  });
}

/**
 * The user confirmed the proposed credit entries: each is checked like any credit-log entry,
 * then all are written in one transaction, linked to their entry. Refused when the entry is
 * no longer there (ENTRY_GONE: no orphan) — `table` is the entry's table — and when the entry
 * already has credit entries (ALREADY_CONFIRMED: a second click, or a second window, would
 * count the same credit twice). With `ifStill` (the stored entry the list was worked out
 * from), also refused when the entry is no longer that version, compared by content
 * (ENTRY_CHANGED: the figures confirmed would be outdated). Nothing is written when refused.
 */
export async function confirmCredits(
  store: Store,
  table: string,
  sourceId: string,
  list: readonly Omit<Activity, 'id'>[],
  asOf: LocalDate,
  ifStill?: object,
): Promise<JournalSaved<ActivityRow[]>> {
  const errors = checkCredits(list, asOf);
  if (errors.length > 0) return { ok: false, errors };
  return writeTransaction(store, [table, ...creditTables], async () => {
    const entry: unknown = await store.db.table(table).get(sourceId);
    if (!entry) {
      return { ok: false as const, errors: [{ field: 'source', code: 'ENTRY_GONE' }] };
    }
    if (ifStill && JSON.stringify(entry) !== JSON.stringify(ifStill)) {
      return { ok: false as const, errors: [{ field: 'source', code: ENTRY_CHANGED }] };
    }
    // Checked in the same transaction as the write: two confirmations started together run
    // one after the other, and the second sees the first one's entries.
    if ((await linkedActivities(store, sourceId)).length > 0) {
      return { ok: false as const, errors: [{ field: 'source', code: ALREADY_CONFIRMED }] };
    }
    const now = nowIso();
    const rows: ActivityRow[] = list.map((a) => ({
      ...a,
      sourceId,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
    }));
    await activities(store).bulkAdd(rows);
    return { ok: true as const, value: rows };
  });
}

/** linkCreditEntry's refusal: the credit entry was deleted, or linked to an entry, since. */
export const CREDIT_TAKEN = 'CREDIT_TAKEN';

/** A credit entry linked to a journal entry by linkCreditEntry, for its Undo. */
export interface CreditLinked {
  table: string;
  sourceId: string;
  activityId: string;
}

/**
 * "Link that entry to this course instead" (rule "avoid counting the same learning twice",
 * shared/domain/journal/same-learning.ts): an unlinked credit entry already in the credit log
 * becomes the journal entry's credit entry, as it is, instead of a second one being added.
 * Only its link is written, in one transaction with the checks. Refused, nothing written, when
 * the entry is gone (ENTRY_GONE), already has credit entries (ALREADY_CONFIRMED: it would
 * have two), or the credit entry was deleted or linked since (CREDIT_TAKEN).
 */
export async function linkCreditEntry(
  store: Store,
  table: string,
  sourceId: string,
  activityId: string,
): Promise<JournalSaved<CreditLinked>> {
  return writeTransaction(store, [table, ...creditTables], async () => {
    if (!(await store.db.table(table).get(sourceId)))
      return { ok: false as const, errors: [{ field: 'source', code: 'ENTRY_GONE' }] };
    if ((await linkedActivities(store, sourceId)).length > 0)
      return { ok: false as const, errors: [{ field: 'source', code: ALREADY_CONFIRMED }] };
    const row = await activities(store).get(activityId);
    if (!row || row.sourceId)
      return { ok: false as const, errors: [{ field: 'credit', code: CREDIT_TAKEN }] };
    await activities(store).put({ ...row, sourceId, updatedAt: nowIso() });
    return { ok: true as const, value: { table, sourceId, activityId } };
  });
}

/**
 * Undo of linkCreditEntry: the credit entry loses its link again and is otherwise left as it
 * is now (an edit made since in the credit log stays). Refused, nothing written, when it was
 * deleted since or is no longer linked to that entry: false.
 */
export async function unlinkCreditEntry(store: Store, linked: CreditLinked): Promise<boolean> {
  return writeTransaction(store, creditTables, async () => {
    const row = await activities(store).get(linked.activityId);
    if (!row || row.sourceId !== linked.sourceId) return false;
    const { sourceId: _gone, ...rest } = row;
    await activities(store).put({ ...rest, updatedAt: nowIso() });
    return true;
  });
}
