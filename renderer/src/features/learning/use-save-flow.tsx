import { useRef, useState, type FormEvent } from 'react';
import type { LinkAction } from '../../../../shared/domain/journal';
import { UndoRefused, useUndo } from '../../components/undo';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useStore } from '../../db/store-context';
import {
  restoreLinkedCredits,
  type CreditsChanged,
  type JournalSaved,
  type LinkQuestion,
} from '../../db/repositories/journal-links';
import { useBackupBefore } from '../backup/use-backup-before';
import { saveFailureText } from '../experience/messages';
import { entryConflictText, errorMap } from './messages';
import { LinkChoiceDialog } from './LinkChoiceDialog';
import {
  creditsDeletedText,
  creditsLinkedAgainText,
  creditsNotRestoredText,
  entryNoun,
} from './link-messages';

/**
 * What a save is told about the entry as stored: `ifStill`, the stored entry it must still be
 * (absent for a new entry, and once the form has said it was deleted); `asNew`, the entry was
 * deleted elsewhere and the user saves it again: it is added as a new entry, under a new id.
 */
export interface SaveEdit<T> {
  ifStill: T | undefined;
  asNew: boolean;
}

/**
 * Submitting a journal form: save; when the entry has credit entries and the edit changes what
 * they are derived from, ask what to do with them first (issue 6: never silent changes), then
 * save again with the answer. An edit that changes nothing they come from (only the notes, say)
 * saves without asking and leaves them as they are (review A15). Credit entries an answer
 * deletes — "Delete them", or "Update them to match" when some match nothing any more — are
 * offered for Undo, which puts them back exactly with their evidence (review A4) unless the
 * entry has credit entries again since (the same credit must not count twice); several go only
 * after an automatic backup, as a bulk delete does. `titleOf` names the entry in the notice.
 * A save refused for its fields focuses the form's error summary (`summaryRef`).
 *
 * An edit never overwrites a change made elsewhere unseen, as the goal and role forms do
 * (useEditConflict): `edited` is the stored entry the form opened on and the entry as stored
 * now. When it was changed or deleted in another window since, the form says so
 * (`conflictNote`) and keeps what was typed; only a save after that replaces the change, or
 * adds a deleted entry again as a new one (`asNew`). The save passes `ifStill` to the
 * repository, which refuses in its own transaction a change not yet seen here.
 */
export function useSaveFlow<T>(
  save: (action: LinkAction | undefined, edit: SaveEdit<T>) => Promise<JournalSaved<T>>,
  onSaved: (row: T, answered: boolean) => void,
  titleOf?: (row: T) => string,
  edited?: { opened: T | undefined; stored: T | null | undefined; noun: string },
) {
  const store = useStore();
  const edit = useEditConflict(edited?.opened, edited?.stored);
  const { conflict } = edit;
  const offerUndo = useUndo();
  const backupFirst = useBackupBefore();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [question, setQuestion] = useState<LinkQuestion | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // A save in flight: a second press of Save (a double click, Enter pressed twice) is ignored
  // until it answers, so one entry is never written twice. Kept set once saved: the form closes.
  const saving = useRef(false);

  function offerDeleted(row: T, change: CreditsChanged) {
    const { removed, evidence } = change.snapshot;
    if (removed.length === 0) return;
    offerUndo(creditsDeletedText(removed.length, evidence.length, titleOf?.(row)), async () => {
      const restored = await restoreLinkedCredits(store, change);
      if (restored === 'entry-gone') throw new UndoRefused(creditsNotRestoredText);
      if (restored === 'linked-again') throw new UndoRefused(creditsLinkedAgainText);
    });
  }

  /** How many credit entries the answer deletes: all for "Delete them", some for an update. */
  function toDelete(action: LinkAction | undefined, asked: LinkQuestion | null): number {
    if (action === 'delete') return asked?.linked ?? 0;
    if (action === 'update') return asked?.update?.removed ?? asked?.linked ?? 0;
    return 0;
  }

  async function run(action?: LinkAction) {
    if (saving.current) return;
    saving.current = true;
    let saved = false;
    const asked = question;
    setQuestion(null);
    setFailure(null);
    try {
      if (toDelete(action, asked) > 1) {
        const backup = await backupFirst('before-bulk-delete');
        if (backup.status === 'failed')
          return setFailure(
            `Nothing was saved: a backup could not be made first. ${backup.message}`,
          );
      }
      // While saving, the form's own write is not taken for a change made elsewhere.
      edit.setBusy(true);
      const result = await save(action, { ifStill: edit.ifStill, asNew: conflict === 'DELETED' });
      // Changed or deleted elsewhere since the form was opened: said, nothing written.
      if (!result.ok && result.conflict) return edit.setFound(result.conflict);
      if (result.ok) {
        saved = true;
        if (result.credits) offerDeleted(result.value, result.credits);
        // Credit entries left as they were count as answered: nothing is proposed again.
        return onSaved(result.value, action !== undefined || (result.untouched ?? 0) > 0);
      }
      if (result.errors.some((e) => e.code === 'LINK_CHOICE_REQUIRED'))
        return setQuestion(result.question ?? { table: '', linked: 0, update: null });
      setErrors(errorMap(result.errors));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (error) {
      setFailure(saveFailureText(error));
    } finally {
      edit.setBusy(false);
      if (!saved) saving.current = false;
    }
  }

  const dialog = question ? (
    <LinkChoiceDialog
      mode="edit"
      linked={question.linked}
      noun={entryNoun(question.table)}
      update={question.update}
      replacing={conflict === 'CHANGED'}
      onChoose={(a) => void run(a)}
      onCancel={() => setQuestion(null)}
    />
  ) : null;
  const conflictNote =
    conflict && edited ? (
      <p className="form-summary" role="alert">
        {entryConflictText(edited.noun)[conflict]}
      </p>
    ) : null;
  return {
    errors,
    failure,
    dialog,
    conflictNote,
    summaryRef,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void run();
    },
  };
}
