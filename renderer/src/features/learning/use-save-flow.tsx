import { useRef, useState, type FormEvent } from 'react';
import type { LinkAction } from '../../../../shared/domain/journal';
import { UndoRefused, useUndo } from '../../components/undo';
import { useStore } from '../../db/store-context';
import {
  restoreLinkedCredits,
  type CreditsChanged,
  type JournalSaved,
  type LinkQuestion,
} from '../../db/repositories/journal-links';
import { useBackupBefore } from '../backup/use-backup-before';
import { saveFailureText } from '../experience/messages';
import { errorMap } from './messages';
import { LinkChoiceDialog } from './LinkChoiceDialog';
import {
  creditsDeletedText,
  creditsLinkedAgainText,
  creditsNotRestoredText,
  entryNoun,
} from './link-messages';

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
 */
export function useSaveFlow<T>(
  save: (action?: LinkAction) => Promise<JournalSaved<T>>,
  onSaved: (row: T, answered: boolean) => void,
  titleOf?: (row: T) => string,
) {
  const store = useStore();
  const offerUndo = useUndo();
  const backupFirst = useBackupBefore();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [question, setQuestion] = useState<LinkQuestion | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

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
      const result = await save(action);
      if (result.ok) {
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
    }
  }

  const dialog = question ? (
    <LinkChoiceDialog
      mode="edit"
      linked={question.linked}
      noun={entryNoun(question.table)}
      update={question.update}
      onChoose={(a) => void run(a)}
      onCancel={() => setQuestion(null)}
    />
  ) : null;
  return {
    errors,
    failure,
    dialog,
    summaryRef,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void run();
    },
  };
}
