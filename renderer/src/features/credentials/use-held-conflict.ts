import { useState } from 'react';
import type { HeldRow } from '../../db/repositories/credentials';
import type { HeldConflict } from './messages';

/** What the stage-and-dates form shows and saves; the rest of the row is kept as stored. */
const details = (row: HeldRow) =>
  JSON.stringify([row.credentialId, row.stage, row.examDate ?? null, row.earnedDate ?? null]);

/**
 * Why the credential shown is not what is stored: its details changed, or it was deleted
 * (`gone`), elsewhere since the form was opened. Only the details this form shows are compared
 * on screen: a renewal or a rule override saved meanwhile (on this page, say) is kept, as the
 * save starts from the stored row. The save itself passes the row as last seen (`ifStill`), so
 * a change not yet seen here is refused too (`setFound`); once the form has said so, saving
 * replaces the version it said so about.
 */
export function useHeldConflict(existing: HeldRow | undefined, gone: boolean) {
  const [busy, setBusy] = useState(false);
  const [openedDetails] = useState(() => (existing ? details(existing) : null));
  const [found, setFound] = useState<HeldConflict | null>(null);
  const seen: HeldConflict | null = !existing
    ? null
    : gone
      ? 'DELETED'
      : details(existing) !== openedDetails
        ? 'CHANGED'
        : null;
  // Not while saving: the form's own save changes the stored row before the form closes.
  const shown = found ?? (busy ? null : seen);
  // After "changed elsewhere", the save replaces the version shown then, and only that one: a
  // further change made meanwhile is refused and said again. After "deleted", it puts it back.
  const ifStill = shown === 'DELETED' || !existing ? undefined : existing;
  return { busy, setBusy, shown, setFound, ifStill };
}
