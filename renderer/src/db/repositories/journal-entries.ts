/**
 * Saving and deleting journal entries of any kind, with their child rows (an event's
 * sessions, a course's certificate, a contact's interactions) and their credit entries, all
 * in one transaction; a delete returns everything it removed so Undo can put it back.
 */
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import {
  applyLinkChoice,
  checkCredits,
  creditTables,
  decideLink,
  linkedActivities,
  restoreCredits,
  type CreditSnapshot,
  type CreditsOf,
  type JournalSaved,
  type LinkChoice,
} from './journal-links';
import { nowIso, writeTransaction } from './write';

export interface Stamped {
  createdAt: string;
  updatedAt: string;
}

export type Input<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

export interface SaveOptions {
  asOf: LocalDate;
  /** Required when the entry already has credit entries: the user's answer. */
  link?: LinkChoice;
  /** Other tables the entry writes with itself. */
  tables?: string[];
  writeChildren?: (id: string) => Promise<void>;
  /**
   * The stored entry an edit started from: the save is refused, nothing written, when the
   * stored entry is no longer that version (compared by content: two saves can share a
   * timestamp) or is gone — checked in the save's own transaction, before anything about its
   * credit entries is asked (a change made elsewhere is not the user's).
   */
  ifStill?: object | undefined;
}

export interface EntryOptions<T> extends SaveOptions {
  /**
   * How the entry's credit entries are derived. Given, a save that changes nothing they come
   * from needs no answer (review A15), the question says what an update would do, and an
   * answer is applied with the suggestions worked out here from the stored entry.
   */
  creditsOf?: CreditsOf<T> | undefined;
}

/**
 * Validates (`errorsOf` from the domain), then writes the entry, its children and the
 * answer about its credit entries together. An entry with credit entries is never changed
 * without an answer (issue 6: "never silent changes") — unless, by `creditsOf`, nothing they
 * are derived from changed: then they are left as they are (review A15).
 */
export async function saveEntry<T extends { id: string }>(
  store: Store,
  table: string,
  input: Input<T>,
  errorsOf: (candidate: T) => FieldError[],
  options: EntryOptions<T>,
): Promise<JournalSaved<T & Stamped>> {
  const candidate = { ...input, id: input.id ?? crypto.randomUUID() } as T;
  const errors = errorsOf(candidate);
  const { link } = options;
  if (link?.action === 'update')
    errors.push(
      ...checkCredits(
        link.fresh.map((s) => s.activity),
        options.asOf,
      ),
    );
  if (errors.length > 0) return { ok: false, errors };
  const tables = [table, ...creditTables, ...(options.tables ?? [])];
  return writeTransaction(store, tables, async () => {
    const rows = store.db.table<T & Stamped, string>(table);
    const existing = await rows.get(candidate.id);
    const { ifStill } = options;
    if (ifStill && JSON.stringify(existing) !== JSON.stringify(ifStill)) {
      const conflict = existing ? ('CHANGED' as const) : ('DELETED' as const);
      return { ok: false as const, errors: [], conflict };
    }
    const linked = existing ? await linkedActivities(store, candidate.id) : [];
    const decided = existing
      ? await decideLink(store, table, existing, candidate, linked, options)
      : null;
    if (decided && 'ok' in decided) return decided;
    const choice = decided?.link;
    const now = nowIso();
    const saved = { ...candidate, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await rows.put(saved);
    await options.writeChildren?.(candidate.id);
    if (!choice || !existing) {
      const untouched = linked.length > 0 ? { untouched: linked.length } : {};
      return { ok: true as const, value: saved, ...untouched };
    }
    const snapshot = await applyLinkChoice(store, candidate.id, choice);
    const credits = { table, sourceId: candidate.id, action: choice.action, snapshot };
    return { ok: true as const, value: saved, credits };
  });
}

/** Child rows of an entry: found by `key`; `sources` when they have credit entries too. */
export interface ChildSpec {
  table: string;
  key: string;
  sources?: boolean;
}

/** Rows of `table` that name the entry in their list of ids `field` (an event's contacts). */
export interface RefSpec {
  table: string;
  field: string;
}

export interface DeletedEntry {
  table: string;
  row: Record<string, unknown>;
  children: { table: string; rows: Record<string, unknown>[] }[];
  credits: CreditSnapshot[];
  /** The rows whose lists lost the entry's id, so Undo can put it back. */
  references: {
    table: string;
    field: string;
    ids: string[];
    /** Each such row's list and change time before the delete, and the delete's time. */
    before?: { id: string; list: string[]; updatedAt: unknown }[];
    droppedAt?: string;
  }[];
}

type Row = Record<string, unknown>;
const idsIn = (row: Row, field: string): string[] =>
  Array.isArray(row[field]) ? (row[field] as unknown[]).map(String) : [];

/** Takes `id` out of every list that names it; returns the rows changed, as they were. */
async function dropReferences(
  store: Store,
  ref: RefSpec,
  id: string,
): Promise<DeletedEntry['references'][number]> {
  const table = store.db.table<Row, string>(ref.table);
  const rows = await table.filter((r) => idsIn(r, ref.field).includes(id)).toArray();
  const now = nowIso();
  for (const r of rows)
    await table.update(String(r.id), {
      [ref.field]: idsIn(r, ref.field).filter((x) => x !== id),
      updatedAt: now,
    });
  const before = rows.map((r) => ({
    id: String(r.id),
    list: idsIn(r, ref.field),
    updatedAt: r.updatedAt,
  }));
  return { ...ref, ids: before.map((r) => r.id), before, droppedAt: now };
}

/**
 * Undo of dropReferences on one row: a row untouched since the delete gets its list (in its
 * order) and its change time back exactly; one changed since keeps its changes and gets the id
 * back at the end of its list.
 */
async function restoreReference(
  store: Store,
  ref: DeletedEntry['references'][number],
  rowId: string,
  id: string,
): Promise<void> {
  const rows = store.db.table<Row, string>(ref.table);
  const row = await rows.get(rowId);
  const ids = row ? idsIn(row, ref.field) : [];
  if (!row || ids.includes(id)) return;
  const was = ref.before?.find((r) => r.id === rowId);
  const untouched =
    was !== undefined &&
    row.updatedAt === ref.droppedAt &&
    JSON.stringify(ids) === JSON.stringify(was.list.filter((x) => x !== id));
  if (untouched) await rows.update(rowId, { [ref.field]: was.list, updatedAt: was.updatedAt });
  else await rows.update(rowId, { [ref.field]: [...ids, id] });
}

/**
 * Deletes an entry, its children and — as the user answered — deletes or unlinks its credit
 * entries (and those of children that are sources), and takes its id out of the lists that
 * name it (`refs`). Never leaves an activity, or a list, pointing at a deleted entry.
 */
export async function deleteEntry(
  store: Store,
  table: string,
  id: string,
  action: 'unlink' | 'delete',
  children: readonly ChildSpec[] = [],
  refs: readonly RefSpec[] = [],
): Promise<DeletedEntry | undefined> {
  const tables = [
    table,
    ...creditTables,
    ...children.map((c) => c.table),
    ...refs.map((r) => r.table),
  ];
  return writeTransaction(store, tables, async () => {
    const row = await store.db.table<Record<string, unknown>, string>(table).get(id);
    if (!row) return undefined;
    const removed: DeletedEntry = { table, row, children: [], credits: [], references: [] };
    const sources = [id];
    for (const c of children) {
      const rows = await store.db
        .table<Record<string, unknown>, string>(c.table)
        .where(c.key)
        .equals(id)
        .toArray();
      if (c.sources) sources.push(...rows.map((r) => String(r.id)));
      await store.db.table(c.table).bulkDelete(rows.map((r) => String(r.id)));
      removed.children.push({ table: c.table, rows });
    }
    for (const s of sources)
      removed.credits.push(await applyLinkChoice(store, s, { action, fresh: [] }));
    for (const ref of refs) removed.references.push(await dropReferences(store, ref, id));
    await store.db.table(table).delete(id);
    return removed;
  });
}

/**
 * Undo of `deleteEntry`: the entry, its children and its credit entries as they were, and its
 * id back in the lists it was taken out of (those still there; restoreReference). Only while
 * the entry's id is still absent, checked in the write's own transaction: returns false,
 * writing nothing, when an entry with that id was saved since (an edit saved in another
 * window, say), so an Undo never overwrites a later change.
 */
export async function restoreEntry(store: Store, removed: DeletedEntry): Promise<boolean> {
  const tables = [
    removed.table,
    ...creditTables,
    ...removed.children.map((c) => c.table),
    ...removed.references.map((r) => r.table),
  ];
  const id = String(removed.row.id);
  return writeTransaction(store, tables, async () => {
    if (await store.db.table(removed.table).get(id)) return false;
    await store.db.table(removed.table).put(removed.row);
    for (const c of removed.children) await store.db.table(c.table).bulkPut(c.rows);
    for (const snap of removed.credits) await restoreCredits(store, snap);
    for (const ref of removed.references)
      for (const rowId of ref.ids) await restoreReference(store, ref, rowId, id);
    return true;
  });
}
