/**
 * Writing held credentials: saving one after validating it (refused on a conflict with a change
 * made elsewhere), recording a renewal and undoing it, and deleting one with its undo
 * (credentials.ts re-exports them).
 */
import {
  applyOverrides,
  issuesToErrors,
  ruleOverridesSchema,
  totalBelowMinimums,
  type FieldError,
  type RuleOverrides,
} from '../../../../shared/catalog/credentials';
import {
  validateHeldCredential,
  withRenewal,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import { held, listCustom, ruleFor, type HeldRow, type SaveResult } from './credential-rows';
import { nowIso, writeTransaction } from './write';

/**
 * Refused because the stored row is not the version the form was opened on (`ifStill`):
 * changed or deleted since, e.g. in another window. Nothing was written.
 */
export type SaveConflict = { ok: false; errors: []; conflict: 'CHANGED' | 'DELETED' };

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
