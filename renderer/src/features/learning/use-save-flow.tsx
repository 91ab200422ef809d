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
import { creditsDeletedText, creditsNotRestoredText, entryNoun } from './link-messages';

/**
 * Submitting a journal form: save; when the entry has credit entries and the edit changes what
 * they are derived from, ask what to do with them first (issue 6: never silent changes), then
 * save again with the answer. An edit that changes nothing they come from (only the notes, say)
 * saves without asking and leaves them as they are (review A15). "Delete them" is offered for
 * Undo, which puts them back exactly with their evidence (review A4); several go only after an
 * automatic backup, as a bulk delete does. `titleOf` names the entry in the Undo notice.
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
    const { activities, evidence } = change.snapshot;
    if (activities.length === 0) return;
    offerUndo(creditsDeletedText(activities.length, evidence.length, titleOf?.(row)), async () => {
      if (!(await restoreLinkedCredits(store, change)))
        throw new UndoRefused(creditsNotRestoredText);
    });
  }

  async function run(action?: LinkAction) {
    const asked = question;
    setQuestion(null);
    setFailure(null);
    try {
      if (action === 'delete' && (asked?.linked ?? 0) > 1) {
        const backup = await backupFirst('before-bulk-delete');
        if (backup.status === 'failed')
          return setFailure(
            `Nothing was saved: a backup could not be made first. ${backup.message}`,
          );
      }
      const result = await save(action);
      if (result.ok) {
        if (result.credits?.action === 'delete') offerDeleted(result.value, result.credits);
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
