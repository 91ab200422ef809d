/**
 * Writing definitions of the user's own credentials: adding, changing one in place, and
 * deleting one no held credential uses, with its undo (credentials.ts re-exports them).
 */
import {
  customCredentialSchema,
  issuesToErrors,
  storedCustomCredentialSchema,
  type CustomCredentialInput,
  type FieldError,
} from '../../../../shared/catalog/credentials';
import type { Store } from '../database';
import { custom, held, type CustomRow, type HeldRow, type SaveResult } from './credential-rows';
import { nowIso, writeTransaction } from './write';

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

/**
 * Changes a definition of the user's own in place: same id, so every held credential, ladder
 * requirement and goal that names it follows (a held credential's rule is built from the
 * definition whenever it is read, `ruleFor`), with the same validation as adding. Whether it
 * still exists is checked inside the write transaction: one deleted meanwhile (in another
 * window) is not brought back, and the answer is NOT_FOUND on `id` with nothing written. With
 * `ifStill`, the stored definition is changed only while it passes that check, made in the same
 * transaction (an undo: only while it is as the edit left it); otherwise the answer is CHANGED
 * on `id`, with nothing written. A save gives the stored row it replaced (`replaced`), read in
 * the same transaction: what an undo puts back, whatever the form was opened on. With
 * `restoring` (an undo putting back a version that was stored), only the checks every stored
 * definition has passed apply (storedCustomCredentialSchema): one stored before a later check
 * (MIN_ABOVE_TOTAL) can always be put back as it was.
 */
export type UpdateCustomResult =
  { ok: true; value: CustomRow; replaced: CustomRow } | { ok: false; errors: FieldError[] };

export async function updateCustom(
  store: Store,
  input: Omit<CustomCredentialInput, 'id'> & { id: string },
  ifStill?: (stored: CustomRow) => boolean,
  { restoring = false }: { restoring?: boolean } = {},
): Promise<UpdateCustomResult> {
  const schema = restoring ? storedCustomCredentialSchema : customCredentialSchema;
  const parsed = schema.safeParse(input);
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
