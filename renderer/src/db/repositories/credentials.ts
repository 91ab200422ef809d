import {
  applyOverrides,
  customCredentialRule,
  customCredentialSchema,
  findCredentialRule,
  issuesToErrors,
  ruleOverridesSchema,
  totalBelowMinimums,
  type CredentialRule,
  type CustomCredential,
  type CustomCredentialInput,
  type FieldError,
  type RuleOverrides,
} from '../../../../shared/catalog/credentials';
import {
  compareHeld,
  validateHeldCredential,
  withRenewal,
  type HeldCredential,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export interface HeldRow extends HeldCredential {
  /** The user's own numbers for this credential's rule ("why this number?" → override). */
  overrides?: RuleOverrides;
  createdAt: string;
  updatedAt: string;
}

export interface CustomRow extends CustomCredential {
  createdAt: string;
  updatedAt: string;
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Refused because the stored row is not the version the form was opened on (`ifStill`):
 * changed or deleted since, e.g. in another window. Nothing was written.
 */
export type SaveConflict = { ok: false; errors: []; conflict: 'CHANGED' | 'DELETED' };

const held = (store: Store) => store.db.table<HeldRow, string>('credentials');
const custom = (store: Store) => store.db.table<CustomRow, string>('customCredentials');

export async function listHeld(store: Store): Promise<HeldRow[]> {
  return held(store).orderBy('id').toArray();
}

export async function listCustom(store: Store): Promise<CustomRow[]> {
  return custom(store).toArray();
}

/** The rule a credential is judged by: catalogue or custom, after the user's overrides. */
export function ruleFor(row: HeldRow, customRows: readonly CustomRow[]): CredentialRule | null {
  let base: CredentialRule | undefined = findCredentialRule(row.credentialId);
  if (!base) {
    const c = customRows.find((r) => r.id === row.credentialId);
    if (c) {
      const { createdAt: _c, updatedAt: _u, ...definition } = c;
      const built = customCredentialRule(definition);
      if (built.ok) base = built.value;
    }
  }
  if (!base) return null;
  if (!row.overrides) return base;
  const applied = applyOverrides(base, row.overrides);
  if (applied.ok) return applied.value;
  // A definition of the user's own edited since (a category removed): the user's other
  // numbers still apply; only those naming what the rule no longer has are left out.
  const fitted = applyOverrides(base, fitOverrides(base, row.overrides));
  return fitted.ok ? fitted.value : base;
}

/** The overrides without those naming a category the rule does not have (ruleFor). */
function fitOverrides(rule: CredentialRule, o: RuleOverrides): RuleOverrides {
  const known = new Set(rule.categories?.list.map((c) => c.id) ?? []);
  const keep = (values: Record<string, number> | undefined) =>
    values && Object.fromEntries(Object.entries(values).filter(([id]) => known.has(id)));
  const { categoryCaps, categoryMins, categoryMinDistinct, ...rest } = o;
  if (!rule.categories) return rest;
  return {
    ...rest,
    ...(categoryCaps ? { categoryCaps: keep(categoryCaps) } : {}),
    ...(categoryMins ? { categoryMins: keep(categoryMins) } : {}),
    ...(categoryMinDistinct !== undefined ? { categoryMinDistinct } : {}),
  };
}

/** Every held credential with the rule it is judged by (rows whose rule is gone are skipped). */
export function withRules(
  rows: readonly HeldRow[],
  customRows: readonly CustomRow[],
): HeldWithRule[] {
  const out: HeldWithRule[] = [];
  for (const row of rows) {
    const rule = ruleFor(row, customRows);
    if (rule) out.push({ credential: row, rule });
  }
  // One order for every list of them (compareHeld), not the stored ids' random one.
  return out.sort(compareHeld);
}

/**
 * Adds or updates a held credential after validating it; nothing is written when invalid.
 * `ifStill` is the stored version the edit started from: the save is refused (a conflict,
 * nothing written) when the stored row is no longer that version, compared by content (two
 * saves can share a timestamp), or is gone. Left out: saved whatever is stored (a new
 * credential, or the person chose to replace a change made elsewhere).
 */
export async function saveHeld(
  store: Store,
  input: Omit<HeldCredential, 'id'> & { id?: string; overrides?: RuleOverrides },
  asOf: LocalDate,
  ifStill?: HeldRow,
): Promise<SaveResult<HeldRow> | SaveConflict> {
  const id = input.id ?? crypto.randomUUID();
  const candidate: HeldCredential = { ...input, id };
  const errors: FieldError[] = validateHeldCredential(candidate, asOf);
  if (input.overrides !== undefined) {
    const parsed = ruleOverridesSchema.safeParse(input.overrides);
    if (!parsed.success)
      errors.push(...issuesToErrors(parsed.error.issues).map(prefix('overrides')));
  }
  const customRows = await listCustom(store);
  const base = ruleFor({ ...candidate, createdAt: '', updatedAt: '' }, customRows);
  if (!base) errors.push({ field: 'credentialId', code: 'UNKNOWN_VALUE' });
  else if (input.overrides !== undefined && errors.length === 0) {
    const applied = applyOverrides(base, input.overrides);
    if (!applied.ok) errors.push(...applied.errors.map(prefix('overrides')));
    else {
      // A total below the rule's own minimums, refused unless the stored numbers were
      // already so (then saving another number of the person's does not fail on it).
      const below = totalBelowMinimums(applied.value);
      if (below) {
        const stored = input.id ? await held(store).get(input.id) : undefined;
        // The rule as catalogued (ruleFor applies the row's own numbers: here, the new ones).
        const catalogued = stored && ruleFor({ ...stored, overrides: undefined }, customRows);
        const before =
          stored?.overrides && catalogued ? applyOverrides(catalogued, stored.overrides) : null;
        const wasBelow = before?.ok ? totalBelowMinimums(before.value) : null;
        if (!wasBelow || wasBelow.actual !== below.actual) errors.push(prefix('overrides')(below));
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  let saved: HeldRow | undefined;
  let conflict: SaveConflict['conflict'] | undefined;
  await writeTransaction(store, ['credentials'], async () => {
    const existing = await held(store).get(id);
    if (ifStill && JSON.stringify(existing) !== JSON.stringify(ifStill)) {
      conflict = existing ? 'CHANGED' : 'DELETED';
      return;
    }
    const now = nowIso();
    saved = {
      ...candidate,
      ...(input.overrides ? { overrides: input.overrides } : {}),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await held(store).put(saved);
  });
  if (conflict) return { ok: false, errors: [], conflict };
  return { ok: true, value: saved! };
}

function prefix(p: string) {
  return (e: FieldError): FieldError => ({ ...e, field: e.field ? `${p}.${e.field}` : p });
}

/** Records a renewal: the next cycle starts by the body's rule (domain: withRenewal). */
export async function recordRenewal(
  store: Store,
  id: string,
  renewal: Renewal,
  asOf: LocalDate,
): Promise<SaveResult<HeldRow> | SaveConflict> {
  const row = await held(store).get(id);
  if (!row) return { ok: false, errors: [{ field: 'id', code: 'NOT_FOUND' }] };
  // Saved only onto the row it was worked out from: a change landing between the read and the
  // write is refused (a conflict), never overwritten.
  return saveHeld(store, { ...withRenewal(row, renewal), overrides: row.overrides }, asOf, row);
}

/**
 * Undoes recordRenewal: puts back `before` (the row as it was) when the row is still the one
 * the renewal saved (`saved`). 'changed' when it was changed or deleted since (another
 * window, a later edit): nothing is written then, so no later change is lost.
 */
export async function undoRenewal(
  store: Store,
  before: HeldRow,
  saved: HeldRow,
): Promise<'undone' | 'changed'> {
  let outcome: 'undone' | 'changed' = 'changed';
  await writeTransaction(store, ['credentials'], async () => {
    const now = await held(store).get(saved.id);
    if (!now || now.updatedAt !== saved.updatedAt) return;
    await held(store).put(before);
    outcome = 'undone';
  });
  return outcome;
}

/** Removes a held credential; returns the row so the user can undo. */
export async function deleteHeld(store: Store, id: string): Promise<HeldRow | undefined> {
  let removed: HeldRow | undefined;
  await writeTransaction(store, ['credentials'], async () => {
    removed = await held(store).get(id);
    await held(store).delete(id);
  });
  return removed;
}

/** Puts back exactly what was deleted (undo). */
export async function restoreHeld(store: Store, row: HeldRow): Promise<void> {
  await writeTransaction(store, ['credentials'], async () => {
    await held(store).put(row);
  });
}

/** Adds or updates a user-defined credential after validating it (a new one gets an id). */
export async function saveCustom(
  store: Store,
  input: Omit<CustomCredentialInput, 'id'> & { id?: string },
): Promise<SaveResult<CustomRow>> {
  const id = input.id ?? `custom-${crypto.randomUUID()}`;
  const parsed = customCredentialSchema.safeParse({ ...input, id });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  let saved!: CustomRow;
  await writeTransaction(store, ['customCredentials'], async () => {
    const existing = await custom(store).get(id);
    const now = nowIso();
    saved = { ...parsed.data, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await custom(store).put(saved);
  });
  return { ok: true, value: saved };
}

/** The held credentials that use a definition of the user's own (judged by its rule). */
export async function listHeldUsing(store: Store, customId: string): Promise<HeldRow[]> {
  return held(store).where('credentialId').equals(customId).toArray();
}

/**
 * Changes a definition of the user's own in place: same id, so every held credential, ladder
 * requirement and goal that names it follows (a held credential's rule is built from the
 * definition whenever it is read, `ruleFor`), with the same validation as adding. Whether it
 * still exists is checked inside the write transaction: one deleted meanwhile (in another
 * window) is not brought back, and the answer is NOT_FOUND on `id` with nothing written. With
 * `ifStill`, the stored definition is changed only while it passes that check, made in the same
 * transaction (an undo: only while it is as the edit left it); otherwise the answer is CHANGED
 * on `id`, with nothing written. A save gives the stored row it replaced (`replaced`), read in
 * the same transaction: what an undo puts back, whatever the form was opened on.
 */
export type UpdateCustomResult =
  { ok: true; value: CustomRow; replaced: CustomRow } | { ok: false; errors: FieldError[] };

export async function updateCustom(
  store: Store,
  input: Omit<CustomCredentialInput, 'id'> & { id: string },
  ifStill?: (stored: CustomRow) => boolean,
): Promise<UpdateCustomResult> {
  const parsed = customCredentialSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  return writeTransaction(store, ['customCredentials'], async (): Promise<UpdateCustomResult> => {
    const existing = await custom(store).get(input.id);
    if (!existing) return { ok: false, errors: [{ field: 'id', code: 'NOT_FOUND' }] };
    if (ifStill && !ifStill(existing))
      return { ok: false, errors: [{ field: 'id', code: 'CHANGED' }] };
    const saved: CustomRow = {
      ...parsed.data,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
    };
    await custom(store).put(saved);
    return { ok: true, value: saved, replaced: existing };
  });
}

export type DeleteCustomResult =
  | { ok: true; removed: CustomRow }
  | { ok: false; code: 'NOT_FOUND' }
  | { ok: false; code: 'STILL_HELD'; held: HeldRow[] };

/**
 * Deletes a credential definition of the user's own; returns the row so the user can undo.
 *
 * The rule: a definition that is still held (a held credential's `credentialId` names it) is
 * refused, naming the held credentials to delete first; it is never deleted together with
 * them. A held credential carries its own dates, stage, renewals and rule overrides, which
 * the user would not expect to lose by tidying a definition, and without its definition a
 * held credential has no rule to be judged by (`withRules` would drop it silently). Refusing
 * keeps every delete to one record with one Undo. The check and the delete run in one
 * transaction over both tables, so a credential added in between cannot be left without its
 * definition. Ladder requirements and goals naming the definition are kept: they say it was
 * deleted (`goneCredentials` in shared/domain/readiness/requirement.ts).
 */
export async function deleteCustom(store: Store, id: string): Promise<DeleteCustomResult> {
  return writeTransaction(
    store,
    ['customCredentials', 'credentials'],
    async (): Promise<DeleteCustomResult> => {
      const row = await custom(store).get(id);
      if (!row) return { ok: false, code: 'NOT_FOUND' };
      const holding = await held(store).where('credentialId').equals(id).toArray();
      if (holding.length > 0) return { ok: false, code: 'STILL_HELD', held: holding };
      await custom(store).delete(id);
      return { ok: true, removed: row };
    },
  );
}

/** Puts back exactly the definition that was deleted (undo). */
export async function restoreCustom(store: Store, row: CustomRow): Promise<void> {
  await writeTransaction(store, ['customCredentials'], async () => {
    await custom(store).put(row);
  });
}
