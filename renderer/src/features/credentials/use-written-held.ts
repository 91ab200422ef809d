import { useState } from 'react';
import type { HeldRow } from '../../db/repositories/credentials';

/**
 * The held credential as the rule panel's rows save onto it: the row shown, or the one this
 * window last wrote while the screen's live query has not yet handed that back (the row shown
 * is still the one it was written onto, or older). Without it, a second change made within a
 * moment of the first (another number, a choice) was saved onto the row as it was before the
 * first, and refused as "changed elsewhere". A change made in another window after this one's
 * write is newer, and is the row shown.
 */
export function useWrittenHeld(shown: HeldRow): [HeldRow, (saved: HeldRow) => void] {
  const [written, setWritten] = useState<{ onto: HeldRow; row: HeldRow } | null>(null);
  const current =
    written &&
    written.row.id === shown.id &&
    (written.onto === shown || written.row.updatedAt > shown.updatedAt)
      ? written.row
      : shown;
  return [current, (row) => setWritten({ onto: shown, row })];
}
