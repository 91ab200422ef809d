import { useCallback, useEffect, useRef, useState } from 'react';
import { sameDraft, useUnsavedChanges } from './unsaved-changes';

/**
 * A record's edit form as it was when the record was deleted: the row it was opened on and
 * what was typed in it, not yet saved.
 */
export interface LeftForm<R, D> {
  row: R;
  draft: D;
}

/**
 * Forms brought back by an Undo that ran while their screen was not showing (Ctrl/⌘+Z on
 * another screen while the toast was still up), by screen: opened when the screen is back.
 */
const waiting = new Map<string, LeftForm<unknown, unknown>>();

/** The open form's draft, and whether it differs from what is saved. */
interface Typed<D> {
  draft: D;
  changed: boolean;
}

/**
 * Deleting a record while its edit form holds changes not yet saved (README, Decisions: a
 * delete with an edit form open): the delete goes ahead at once, as every delete in Ascent
 * does, the form closes, and the Undo that puts the record back opens its form again with what
 * was typed, still unsaved — so nothing typed is lost without a word, and nothing asks first.
 * The goal and role screens share it, and the journal and network tabs (their forms through
 * useTypedDraft):
 *
 * - the form tells the screen what it holds (`onDraft`, given to the form);
 * - at the delete, `leave(opened, id)` says what the Undo brings back: the form as typed when
 *   the record deleted is the one the form was opened on and the form holds changes, else null
 *   (the toast then says nothing more, and the Undo puts back the record alone, as before);
 * - after the record is put back, `reopen(left)` opens the form again (once the screen shows,
 *   should the Undo run elsewhere). `open` is the screen's own "Edit", asking "Discard your
 *   changes?" first if another form there holds changes;
 * - while the form brought back waits for its row to be read back, `waitingFor(row)` is true:
 *   the screen then says it does not yet know the stored row (rather than "deleted in another
 *   window");
 * - `initialFor(row)` is the draft the form opens with when it is the one brought back, and
 *   `isBack(row)` says so (the form is then told what is saved, so it knows from the start that
 *   it holds changes: leaving it asks first, as before the delete).
 */
export function useFormBackAfterUndo<R extends { id: string }, D>(
  screen: string,
  rows: readonly R[] | undefined,
  open: (row: R) => void,
) {
  const typed = useRef<Typed<D> | null>(null);
  const [back, setBack] = useState<(LeftForm<R, D> & { seen: boolean }) | null>(() => {
    const left = waiting.get(screen) as LeftForm<R, D> | undefined;
    return left ? { ...left, seen: false } : null;
  });
  const mounted = useRef(false);
  const latestOpen = useRef(open);
  useEffect(() => {
    latestOpen.current = open;
  });
  useEffect(() => {
    mounted.current = true;
    const left = waiting.get(screen);
    waiting.delete(screen);
    if (left) latestOpen.current(left.row as R);
    return () => {
      mounted.current = false;
    };
  }, [screen]);
  // Read back (state adjusted while drawing): the list's row is the stored one from now on.
  if (back && !back.seen && rows?.some((r) => r.id === back.row.id))
    setBack({ ...back, seen: true });

  const onDraft = useCallback((draft: D, changed: boolean) => {
    typed.current = { draft, changed };
  }, []);
  const leave = useCallback((opened: R | null, id: string): LeftForm<R, D> | null => {
    const now = typed.current;
    return opened?.id === id && now?.changed ? { row: opened, draft: now.draft } : null;
  }, []);
  const reopen = useCallback(
    (left: LeftForm<R, D>) => {
      if (!mounted.current) return void waiting.set(screen, left);
      setBack({ ...left, seen: false });
      latestOpen.current(left.row);
    },
    [screen],
  );
  const mine = (row: R) => back !== null && back.row === row;
  return {
    onDraft,
    leave,
    reopen,
    waitingFor: (row: R) => mine(row) && !back!.seen,
    initialFor: (row: R): D | undefined => (mine(row) ? back!.draft : undefined),
    isBack: mine,
  };
}

/**
 * The form's side, for a form the hook above can bring back: `draft` is what it holds, `saved`
 * what the record it edits holds as stored (the empty form for a new record). Leaving asks
 * first while the two differ, as useDraftGuard does — counting from `saved`, so a form brought
 * back by Undo with what was typed in it holds changes from its first moment — and `onDraft`
 * hears the draft and whether it differs, which the screen keeps for a delete's Undo. Returns
 * what the form holds unchanged, for useCloseOnEscape.
 */
export function useTypedDraft<D>(
  draft: D,
  saved: D,
  onDraft?: (draft: D, changed: boolean) => void,
): D {
  const [baseline] = useState(saved);
  const changed = !sameDraft(draft, baseline);
  useUnsavedChanges(changed);
  useEffect(() => onDraft?.(draft, changed));
  return baseline;
}
