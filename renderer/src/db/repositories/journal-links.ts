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
  type CreditSuggestion,
  type LinkAction,
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

export type JournalSaved<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Tables a write touching credit entries needs (activities and their evidence files). */
export const creditTables = ['activities', 'evidence'];

const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');
const evidence = (store: Store) => store.db.table<EvidenceRow, string>('evidence');

/** The credit entries that came from one journal entry, oldest first. */
export async function linkedActivities(store: Store, sourceId: string): Promise<ActivityRow[]> {
  const rows = await activities(store).where('sourceId').equals(sourceId).toArray();
  return rows.sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title),
  );
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
  await activities(store).bulkPut(plan.put.map((a) => ({ ...a, updatedAt: now })));
  const created = plan.add.map((a) => ({
    ...a,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  }));
  await activities(store).bulkAdd(created);
  return { activities: linked, evidence: files, created: created.map((a) => a.id) };
}

/** Puts credit entries back as they were before a change (Undo). */
export async function restoreCredits(store: Store, snap: CreditSnapshot): Promise<void> {
  await activities(store).bulkDelete(snap.created);
  await activities(store).bulkPut(snap.activities);
  await evidence(store).bulkPut(snap.evidence);
}

/**
 * The user confirmed the proposed credit entries: each is checked like any credit-log entry,
 * then all are written in one transaction, linked to their entry. Refused when the entry is
 * no longer there (no orphan) — `table` is the entry's table.
 */
export async function confirmCredits(
  store: Store,
  table: string,
  sourceId: string,
  list: readonly Omit<Activity, 'id'>[],
  asOf: LocalDate,
): Promise<JournalSaved<ActivityRow[]>> {
  const errors = checkCredits(list, asOf);
  if (errors.length > 0) return { ok: false, errors };
  return writeTransaction(store, [table, ...creditTables], async () => {
    if (!(await store.db.table(table).get(sourceId))) {
      return { ok: false as const, errors: [{ field: 'source', code: 'ENTRY_GONE' }] };
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
