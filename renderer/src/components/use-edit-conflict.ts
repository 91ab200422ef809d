import { useState } from 'react';

/** Why an edit form is not what is stored: the record changed, or was deleted, elsewhere. */
export type EditConflict = 'CHANGED' | 'DELETED';

/**
 * Why a record's edit form is not what is stored: it was changed or deleted elsewhere (another
 * window) since the form was opened, compared by content (two saves can share a timestamp).
 * `opened`: the stored row the edit started from (absent for a new record); `stored`: the row
 * as stored now, null once deleted, undefined while not known.
 *
 * The form says so (editConflictText) and only a save after that replaces the other change or
 * puts the record back: `ifStill` is what the save passes to the repository, which refuses in
 * its own transaction a change not yet seen here (`setFound` then says it). The goal and role
 * forms share it.
 */
export function useEditConflict<T>(opened: T | undefined, stored: T | null | undefined) {
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<EditConflict | null>(null);
  const seen: EditConflict | null = !opened
    ? null
    : stored === null
      ? 'DELETED'
      : stored && JSON.stringify(stored) !== JSON.stringify(opened)
        ? 'CHANGED'
        : null;
  // Not while saving: the form's own save changes the stored row before the form closes.
  const conflict = found ?? (busy ? null : seen);
  // Once the form has said what changed, saving replaces that version (a further change made
  // meanwhile is refused and said again); a deleted record is put back.
  const ifStill: T | undefined =
    conflict === 'DELETED' ? undefined : conflict === 'CHANGED' ? (stored ?? opened) : opened;
  return { conflict, setFound, busy, setBusy, ifStill };
}
