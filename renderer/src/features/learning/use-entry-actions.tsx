import { useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { CreditProposal, LinkAction, NoCreditReason } from '../../../../shared/domain/journal';
import { UndoRefused, useUndo } from '../../components/undo';
import { afterRemoval, focusSoon, pageHeading, sameControl } from '../../components/focus-soon';
import type { Store } from '../../db/database';
import { useStore } from '../../db/store-context';
import { restoreEntry, type DeletedEntry } from '../../db/repositories/journal';
import { saveFailureText } from '../experience/messages';
import { useBackupBefore } from '../backup/use-backup-before';
import { confirmHeading, type PendingCredits } from './CreditConfirm';
import { notPutBackText, savedNoticeText } from './tab-words';
import { LinkChoiceDialog } from './LinkChoiceDialog';
import type { FormGone } from './use-form-back';

type Remove = (action: 'unlink' | 'delete') => Promise<DeletedEntry | undefined>;
interface Asking {
  title: string;
  linked: number;
  remove: Remove;
  control: Element | null;
}

/** The proposal as the confirm panel shows it; null when there is nothing to confirm. */
export function pendingFor(
  table: string,
  sourceId: string,
  title: string,
  proposal: CreditProposal,
  held: readonly HeldWithRule[],
): PendingCredits | null {
  if (proposal.suggestions.length === 0) return null;
  const names = new Map(held.map((h) => [h.credential.id, h.rule.acronym]));
  return {
    table,
    sourceId,
    title,
    suggestions: proposal.suggestions,
    countsFor: proposal.countsFor.map((id) => names.get(id) ?? id),
  };
}

/**
 * After a Learning form saves: the form closes, the credit entries it proposes open for
 * confirming (focus goes to that panel, else back where the form was opened), and a notice
 * names what was saved and, when it proposes nothing, why. The notice is the page's toast, as
 * on the Network screen: it goes by itself, when the next notice comes, or when an entry is
 * deleted, so it never outlives what it speaks of. A save that proposes nothing closes the
 * panel only when it is that entry's (`id`): another entry's panel, and what was typed in it,
 * stays.
 */
export function useAfterSave(
  form: { close: () => void; closeTo: (find: () => Element | null) => void },
  onPending: (p: PendingCredits | null, savedId?: string) => void,
  kind: 'course' | 'other',
) {
  const offerUndo = useUndo();
  return (
    title: string,
    proposal: CreditProposal,
    pending: PendingCredits | null,
    answered: boolean,
    id: string,
  ) => {
    if (pending) form.closeTo(confirmHeading);
    else form.close();
    onPending(pending, id);
    const reason: NoCreditReason | null = pending || answered ? null : proposal.reason;
    offerUndo(savedNoticeText(title, reason, kind));
  };
}

/**
 * Undo of a journal entry's delete: everything back, unless an entry with its id was saved
 * since (restoreEntry refuses), which the toast then says.
 */
export function undoEntryDelete(store: Store, removed: DeletedEntry, title: string) {
  return async () => {
    if (!(await restoreEntry(store, removed))) throw new UndoRefused(notPutBackText(title));
  };
}

/** undoEntryDelete, then the entry's form opened again with its changes, if it held any. */
export function undoWithForm(
  store: Store,
  removed: DeletedEntry,
  title: string,
  form: FormGone | null,
) {
  const undo = undoEntryDelete(store, removed, title);
  return form
    ? async () => {
        await undo();
        form.afterUndo();
      }
    : undo;
}

/**
 * Deleting a journal entry: when it has credit entries, ask first whether they go too or stay
 * unlinked; then offer Undo, which puts everything back (undoEntryDelete). Focus moves to the
 * next row's same button (the row before on the last one, else the list), and after Undo back
 * to the entry's own Delete button. `onDeleted` hears the deleted entry's id: its form, if
 * open, closes, so a Save cannot bring it back; when the form held changes it answers what
 * the Undo does with them (useTabFormBack): the toast says so, and Undo opens the form again
 * with them, focus in it.
 */
export function useEntryDelete(onDeleted?: (id: string) => FormGone | null | void) {
  const store = useStore();
  const offerUndo = useUndo();
  const backupFirst = useBackupBefore();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(asked: Asking, action: LinkAction, bulk: boolean) {
    const { title, remove, control } = asked;
    setAsking(null);
    setFailure(null);
    try {
      // An entry going with its credit entries removes several records: keep a backup first.
      if (action === 'delete' && bulk) {
        const backup = await backupFirst('before-bulk-delete');
        if (backup.status === 'failed') {
          setFailure(`Nothing was deleted: a backup could not be made first. ${backup.message}`);
          return;
        }
      }
      const list = control?.closest('[tabindex="-1"]');
      const next = afterRemoval(control, 'tr', () => list);
      const removed = await remove(action === 'delete' ? 'delete' : 'unlink');
      if (!removed) return;
      const form = onDeleted?.(String(removed.row.id)) ?? null;
      focusSoon(next, pageHeading, control);
      offerUndo(
        `Deleted “${title}”.${form?.said ?? ''}`,
        undoWithForm(store, removed, title, form),
        {
          focus: form ? form.focus : sameControl(control),
        },
      );
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  // The Delete button pressed, read before any dialog takes the focus.
  const ask = (title: string, linked: number, remove: Remove) => {
    const asked = { title, linked, remove, control: document.activeElement };
    return linked > 0 ? setAsking(asked) : void run(asked, 'delete', false);
  };

  const dialog = asking ? (
    <LinkChoiceDialog
      mode="delete"
      linked={asking.linked}
      from={`“${asking.title}”`}
      onChoose={(a) => void run(asking, a, true)}
      onCancel={() => setAsking(null)}
    />
  ) : null;
  return { ask, dialog, failure };
}

/** How many credit entries came from each journal entry. */
export function linkedCounts(activities: readonly { sourceId?: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activities) if (a.sourceId) out.set(a.sourceId, (out.get(a.sourceId) ?? 0) + 1);
  return out;
}
