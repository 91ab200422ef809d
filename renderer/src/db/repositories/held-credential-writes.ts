/**
 * Writing held credentials: saving one after validating it (refused on a conflict with a change
 * made elsewhere), recording, editing and deleting a renewal and undoing it, and deleting one
 * with its undo (credentials.ts re-exports them).
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
  validateRenewals,
  withRenewal,
  withRenewalChanged,
  withRenewalRemoved,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';
import { isLocalDate, type LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import {
  custom,
  held,
  listCustom,
  ruleFor,
  withRules,
  type CustomRow,
  type HeldRow,
  type SaveResult,
} from './credential-rows';
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
 *
 * Refused too, in the write's transaction (the user's other credentials as stored then, a
 * PeopleCert suite's exams and Scrum tracks move the windows), when a recorded renewal would
 * renew no cycle (validateRenewals: RENEWAL_OUTSIDE_WINDOW), unless that renewal already renewed
 * none as stored: saving something else does not fail on a renewal stored before this check.
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
  let outside: FieldError[] = [];
  await writeTransaction(store, ['credentials', 'customCredentials'], async () => {
    const existing = await held(store).get(id);
    if (ifStill && JSON.stringify(existing) !== JSON.stringify(ifStill)) {
      conflict = existing ? 'CHANGED' : 'DELETED';
      return;
    }
    outside = await renewalsNewlyOutside(store, candidate, input.overrides, existing, asOf);
    if (outside.length > 0) return;
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
  if (outside.length > 0) return { ok: false, errors: outside };
  return { ok: true, value: saved! };
}

/**
 * The candidate's renewals that renew no cycle under its rule (validateRenewals), judged with
 * the other held credentials as stored, less those already renewing none in the stored row.
 */
async function renewalsNewlyOutside(
  store: Store,
  candidate: HeldCredential,
  overrides: RuleOverrides | undefined,
  existing: HeldRow | undefined,
  asOf: LocalDate,
): Promise<FieldError[]> {
  const customRows: CustomRow[] = await custom(store).toArray();
  const rule = ruleFor({ ...candidate, overrides, createdAt: '', updatedAt: '' }, customRows);
  if (!rule) return [];
  const others = (await held(store).toArray()).filter((r) => r.id !== candidate.id);
  const context = { alsoHeld: withRules(others, customRows) };
  const errors = judged(candidate) ? validateRenewals(candidate, rule, asOf, context) : [];
  if (errors.length === 0 || !existing || !judged(existing)) return errors;
  const storedRule = ruleFor(existing, customRows);
  // Counted by day: one renewing nothing as stored excuses one such renewal of that day, so a
  // further copy of it (a second renewal of a renewed cycle) is still refused.
  const storedOutside = new Map<string | undefined, number>();
  for (const e of storedRule ? validateRenewals(existing, storedRule, asOf, context) : []) {
    const date = renewalAt(existing, e);
    storedOutside.set(date, (storedOutside.get(date) ?? 0) + 1);
  }
  return errors.filter((e) => {
    const date = renewalAt(candidate, e);
    const left = storedOutside.get(date) ?? 0;
    if (left > 0) storedOutside.set(date, left - 1);
    return left === 0;
  });
}

/**
 * Renewals are judged against the cycles of an earned credential only: one not earned (yet, or
 * again) keeps its renewals as they are, to be judged once it is earned with a date.
 */
const judged = (row: HeldCredential) => row.stage === 'earned' && isLocalDate(row.earnedDate);

/** The date of the renewal a `renewals.N.date` error is about. */
function renewalAt(row: HeldCredential, e: FieldError): string | undefined {
  const m = /^renewals\.(\d+)\./.exec(e.field);
  return m ? row.renewals?.[Number(m[1])]?.date : undefined;
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
 * Removes the recorded renewal of `date` (a mistyped one, say; withRenewalRemoved: the one the
 * holder recorded, never an assumed one of the same day, as editRenewal picks): saved like any
 * change, so it is refused when a renewal left would then renew no cycle, when no recorded
 * renewal of `date` is stored in `ifStill` (the row as shown), or when the row changed since.
 * undoRenewal puts it back.
 */
export async function deleteRenewal(
  store: Store,
  ifStill: HeldRow,
  date: LocalDate,
  asOf: LocalDate,
): Promise<SaveResult<HeldRow> | SaveConflict> {
  const removed = withRenewalRemoved(ifStill, date);
  if (!removed) return { ok: false, errors: [{ field: 'renewals', code: 'NOT_FOUND' }] };
  // A copy of the row as shown, its own numbers (overrides) kept.
  return saveHeld(store, removed, asOf, ifStill);
}

/**
 * Changes the recorded renewal of `date` to `renewal` (a mistyped day or method put right,
 * withRenewalChanged): saved like any change, in one write, so it is judged as recording a
 * renewal is (not in the future, after the earned date, renewing a cycle) and refused with
 * nothing written when it, or a renewal left, would then renew no cycle, when no recorded
 * renewal of `date` is stored in `ifStill` (the row as shown), or when the row changed since.
 */
export async function editRenewal(
  store: Store,
  ifStill: HeldRow,
  date: LocalDate,
  renewal: Renewal,
  asOf: LocalDate,
): Promise<SaveResult<HeldRow> | SaveConflict> {
  const changed = withRenewalChanged(ifStill, date, renewal);
  if (!changed) return { ok: false, errors: [{ field: 'renewals', code: 'NOT_FOUND' }] };
  return saveHeld(store, { ...changed, overrides: ifStill.overrides }, asOf, ifStill);
}

/**
 * Undoes recordRenewal or deleteRenewal: puts back `before` (the row as it was) when the row is still the one
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

/**
 * Undo of deleteHeld: puts back exactly what was deleted, only while its id is still absent,
 * checked in the write's own transaction. Returns false, writing nothing, when a credential
 * with that id was saved since (saved again in another window after "deleted elsewhere", with
 * a corrected date, say): an Undo never overwrites a later change. As restoreActivity does.
 */
export async function restoreHeld(store: Store, row: HeldRow): Promise<boolean> {
  return writeTransaction(store, ['credentials'], async () => {
    if (await held(store).get(row.id)) return false;
    await held(store).put(row);
    return true;
  });
}
