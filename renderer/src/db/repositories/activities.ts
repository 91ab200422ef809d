import {
  validateActivity,
  type Activity,
  type ActivityError,
} from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { EVIDENCE_BUDGET_BYTES, exceedsEvidenceBudget } from '../../../../shared/backup-limits';
import type { Store } from '../database';
import { StorageError } from '../errors';
import { nowIso, writeTransaction } from './write';

export interface ActivityRow extends Activity {
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceRow {
  id: string;
  activityId: string;
  name: string;
  mimeType: string;
  size: number;
  /** The file's bytes (kept as bytes, not a Blob, so backups and tests read them alike). */
  data: Uint8Array;
  addedAt: string;
}

/** A new evidence file, as picked by the user. */
export interface EvidenceInput {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

/** Evidence is kept inside the database; past this a file is refused with a clear message. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

export type EvidenceError =
  | { field: 'evidence'; code: 'FILE_TOO_LARGE' | 'FILE_EMPTY'; name: string }
  /**
   * Keeping this file would take the files kept (evidence and certificates, budgetBytesUsed)
   * past the budget (shared/backup-limits: one backup file must hold everything). `actual`:
   * the bytes stored, less the evidence this save removes (`freed`); `adding`: the new files
   * of this save listed before it, which it is counted with; `expected`: the budget.
   */
  | {
      field: 'evidence';
      code: 'TOTAL_TOO_LARGE';
      name: string;
      actual: number;
      expected: number;
      adding: number;
      freed: number;
    };
export type SaveActivityResult =
  | { ok: true; value: ActivityRow }
  | { ok: false; errors: (ActivityError | EvidenceError)[] }
  /**
   * Refused because the stored activity is not the version the form was opened on (`changes.
   * ifStill`): changed or deleted since, e.g. in another window. Nothing was written.
   */
  | { ok: false; errors: []; conflict: 'CHANGED' | 'DELETED' };

const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');

/** Credit-log entries dated from `from` up to the day before `before` (the date index). */
export async function listActivitiesBetween(
  store: Store,
  from: LocalDate,
  before: LocalDate,
): Promise<ActivityRow[]> {
  if (from >= before) return [];
  return activities(store).where('date').between(from, before, true, false).toArray();
}
const evidence = (store: Store) => store.db.table<EvidenceRow, string>('evidence');

/** listActivities' order: newest first, equal dates by id, highest first (the index backwards). */
export const listedOrder = (a: ActivityRow, b: ActivityRow): number =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

export async function listActivities(store: Store): Promise<ActivityRow[]> {
  return activities(store).orderBy('date').reverse().toArray();
}

export async function getActivity(store: Store, id: string): Promise<ActivityRow | undefined> {
  return activities(store).get(id);
}

export async function listEvidence(store: Store, activityId: string): Promise<EvidenceRow[]> {
  return evidence(store).where('activityId').equals(activityId).toArray();
}

/** How many evidence files each activity has, read from the index alone (no file bytes). */
export async function evidenceCounts(store: Store): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = await evidence(store).orderBy('activityId').keys();
  for (const k of keys) counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
  return counts;
}

/**
 * The bytes counted against the budget (shared/backup-limits EVIDENCE_BUDGET_BYTES): every
 * evidence file and every course certificate kept, from each row's `size`. The field has no
 * index, so the rows are read one at a time by a cursor: no more than one file is held at
 * once. The only place this total is worked out: Settings › Storage shows it, and saving an
 * activity's evidence or a course's certificate checks against it.
 */
export async function budgetBytesUsed(store: Store): Promise<number> {
  let total = 0;
  const add = (row: { size: number }) => {
    total += row.size;
  };
  await evidence(store).each(add);
  await store.db.table<{ size: number }, string>('attachments').each(add);
  return total;
}

/**
 * The first new file that would take the files kept past the budget, or none. `storedBytes`:
 * what is kept once this save's removals (`freed` bytes) are gone.
 */
function overBudget(
  storedBytes: number,
  freed: number,
  files: readonly EvidenceInput[],
  budgetBytes: number,
): EvidenceError | undefined {
  let adding = 0;
  for (const f of files) {
    if (exceedsEvidenceBudget(storedBytes + adding, f.data.byteLength, budgetBytes))
      return {
        field: 'evidence',
        code: 'TOTAL_TOO_LARGE',
        name: f.name,
        actual: storedBytes,
        expected: budgetBytes,
        adding,
        freed,
      };
    adding += f.data.byteLength;
  }
  return undefined;
}

function checkEvidence(files: readonly EvidenceInput[]): EvidenceError[] {
  const errors: EvidenceError[] = [];
  for (const f of files) {
    if (f.data.byteLength > EVIDENCE_MAX_BYTES)
      errors.push({ field: 'evidence', code: 'FILE_TOO_LARGE', name: f.name });
    else if (f.data.byteLength === 0)
      errors.push({ field: 'evidence', code: 'FILE_EMPTY', name: f.name });
  }
  return errors;
}

/**
 * Saves an activity with its new evidence files and removes the evidence the user took off,
 * all in one transaction; nothing is written while the activity or a file is invalid, or
 * while the new files would take the files kept (evidence and certificates) past the budget
 * (`limits`: for tests).
 */
export async function saveActivity(
  store: Store,
  input: Omit<Activity, 'id'> & { id?: string },
  asOf: LocalDate,
  changes: {
    addEvidence?: readonly EvidenceInput[];
    removeEvidenceIds?: readonly string[];
    /**
     * The stored version the edit started from: the save is refused (conflict) when the
     * stored activity is no longer that version (compared by content: two saves can share a
     * timestamp) or is gone. Left out: saved whatever is stored (a new activity, or the person
     * chose to replace a change made elsewhere).
     */
    ifStill?: ActivityRow;
  } = {},
  limits: { evidenceBudgetBytes?: number } = {},
): Promise<SaveActivityResult> {
  const candidate: Activity = { ...input, id: input.id ?? crypto.randomUUID() };
  const errors = [
    ...validateActivity(candidate, asOf),
    ...checkEvidence(changes.addEvidence ?? []),
  ];
  if (errors.length > 0) return { ok: false, errors };
  let saved: ActivityRow | undefined;
  let conflict: 'CHANGED' | 'DELETED' | undefined;
  let overBudgetError: EvidenceError | undefined;
  await writeTransaction(store, ['activities', 'evidence', 'attachments'], async () => {
    const existing = await activities(store).get(candidate.id);
    if (changes.ifStill && JSON.stringify(existing) !== JSON.stringify(changes.ifStill)) {
      conflict = existing ? 'CHANGED' : 'DELETED';
      return;
    }
    const removing: { id: string; size: number }[] = [];
    for (const id of changes.removeEvidenceIds ?? []) {
      const row = await evidence(store).get(id);
      if (row && row.activityId !== candidate.id) throw new StorageError('UNKNOWN');
      if (row) removing.push({ id, size: row.size });
    }
    // Read in this transaction, so a save in another window cannot slip in between.
    if (changes.addEvidence?.length) {
      const freed = removing.reduce((n, r) => n + r.size, 0);
      const stored = (await budgetBytesUsed(store)) - freed;
      const budget = limits.evidenceBudgetBytes ?? EVIDENCE_BUDGET_BYTES;
      overBudgetError = overBudget(stored, freed, changes.addEvidence, budget);
      if (overBudgetError) return;
    }
    const now = nowIso();
    saved = { ...candidate, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await activities(store).put(saved);
    for (const row of removing) await evidence(store).delete(row.id);
    for (const f of changes.addEvidence ?? []) {
      await evidence(store).add({
        id: crypto.randomUUID(),
        activityId: candidate.id,
        name: f.name,
        mimeType: f.mimeType || 'application/octet-stream',
        size: f.data.byteLength,
        data: f.data,
        addedAt: now,
      });
    }
  });
  if (conflict) return { ok: false, errors: [], conflict };
  if (overBudgetError) return { ok: false, errors: [overBudgetError] };
  return { ok: true, value: saved! };
}

/** What a delete removed, kept so Undo can put it back exactly. */
export interface DeletedActivity {
  activity: ActivityRow;
  evidence: EvidenceRow[];
}

export async function deleteActivity(
  store: Store,
  id: string,
): Promise<DeletedActivity | undefined> {
  let removed: DeletedActivity | undefined;
  await writeTransaction(store, ['activities', 'evidence'], async () => {
    const activity = await activities(store).get(id);
    if (!activity) return;
    const files = await evidence(store).where('activityId').equals(id).toArray();
    await evidence(store).where('activityId').equals(id).delete();
    await activities(store).delete(id);
    removed = { activity, evidence: files };
  });
  return removed;
}

/**
 * Undo of deleteActivity: puts the activity and its evidence back only while its id is still
 * absent, checked in the write's own transaction. Returns false, writing nothing, when an
 * activity with that id was saved since (an edit form still open in another window, say): an
 * Undo never overwrites a later change. As restoreGoal, restoreRole and restoreEntry do.
 */
export async function restoreActivity(store: Store, deleted: DeletedActivity): Promise<boolean> {
  return writeTransaction(store, ['activities', 'evidence'], async () => {
    if (await activities(store).get(deleted.activity.id)) return false;
    await activities(store).put(deleted.activity);
    await evidence(store).bulkPut(deleted.evidence);
    return true;
  });
}
