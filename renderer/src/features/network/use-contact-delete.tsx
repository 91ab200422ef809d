import { useState } from 'react';
import type { LinkAction } from '../../../../shared/domain/journal';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { afterRemoval, focusSoon, pageHeading, sameControl } from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { UNDO_WINDOW_MS, useUndo } from '../../components/undo';
import type { DeletedEntry } from '../../db/repositories/journal';
import {
  deleteContact,
  type ContactRow,
  type InteractionRow,
} from '../../db/repositories/journal-network';
import { useStore } from '../../db/store-context';
import { useBackupBefore } from '../backup/use-backup-before';
import { saveFailureText } from '../experience/messages';
import { LinkChoiceDialog } from '../learning/LinkChoiceDialog';
import { undoWithForm } from '../learning/use-entry-actions';
import type { FormGone } from '../learning/use-form-back';
import { interactionKindLabels } from '../learning/messages';
import { contactDeletedText, contactDeleteLabel, contactDeleteQuestion } from './messages';

/** Interactions named one by one in the question; more are counted. */
const LISTED = 5;

interface Asking {
  contact: ContactRow;
  /** Their interactions, newest first, with how many credit entries each has. */
  interactions: { row: InteractionRow; linked: number }[];
  /** The events the contact is among the "contacts met" of. */
  metAt: string;
  step: 'confirm' | 'credits';
  /** The Delete button pressed, read before a dialog takes the focus. */
  control: Element | null;
}

/** What the delete removed, counted for the notice. */
function whatWent(removed: DeletedEntry, action: 'delete' | 'unlink') {
  return {
    interactions: removed.children.find((c) => c.table === 'interactions')?.rows.length ?? 0,
    credits: removed.credits.reduce((n, s) => n + s.activities.length, 0),
    action,
  };
}

/** The question's text: each interaction that goes, the events, and what comes next. */
function WhatGoes({ asking }: { asking: Asking }) {
  const { interactions, metAt } = asking;
  const credits = interactions.some((i) => i.linked > 0);
  const more = interactions.length - LISTED;
  return (
    <>
      <p>Their interactions go with them, with their notes, reflections and follow-ups:</p>
      <ul>
        {interactions.slice(0, LISTED).map(({ row, linked }) => (
          <li key={row.id}>
            {interactionKindLabels[row.kind]}, {formatDate(row.date)}
            {linked > 0 &&
              ` (${linked} ${linked === 1 ? 'credit entry' : 'credit entries'} in your credit log)`}
          </li>
        ))}
        {more > 0 && <li>and {more} more</li>}
      </ul>
      {metAt && <p>They are also taken off the contacts you met at {metAt}.</p>}
      {credits && (
        <p>
          Next you choose whether their credit entries are deleted too or stay in your credit log.
        </p>
      )}
      <p>You can undo this for {UNDO_WINDOW_MS / 1000} seconds afterwards.</p>
    </>
  );
}

/**
 * Deleting a contact (review A10): a contact with interactions is never deleted silently. The
 * question names what goes — "Delete Morgan Ellis and their 3 interactions (1 with credit
 * entries)?" — then, when some have credit entries, asks what happens to those (deleting them
 * too takes a backup first on the desktop). The notice says what went, with Undo that puts
 * every row back (restoreEntry; not over a contact saved again since). A contact without
 * interactions goes at once, with Undo. `onDeleted` hears the contact's id: its open form
 * closes, and when it held changes, Undo opens it again with them (useTabFormBack).
 * Focus then moves to the next row's same button (the row before on the last one, else the
 * list), and after Undo back to the contact's own Delete button, as for every journal entry
 * (useEntryDelete).
 */
export function useContactDelete(onDeleted?: (id: string) => FormGone | null | void) {
  const store = useStore();
  const offerUndo = useUndo();
  const backupFirst = useBackupBefore();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(
    contact: ContactRow,
    action: LinkAction,
    credits: boolean,
    control: Element | null,
  ) {
    setAsking(null);
    setFailure(null);
    const answer = action === 'delete' ? 'delete' : 'unlink';
    try {
      if (answer === 'delete' && credits) {
        const backup = await backupFirst('before-bulk-delete');
        if (backup.status === 'failed') {
          setFailure(`Nothing was deleted: a backup could not be made first. ${backup.message}`);
          return;
        }
      }
      const list = control?.closest('[tabindex="-1"]');
      const next = afterRemoval(control, 'tr', () => list);
      const removed = await deleteContact(store, contact.id, answer);
      if (!removed) return;
      const form = onDeleted?.(contact.id) ?? null;
      focusSoon(next, pageHeading, control);
      offerUndo(
        `${contactDeletedText(contact.name, whatWent(removed, answer))}${form?.said ?? ''}`,
        undoWithForm(store, removed, contact.name, form),
        { focus: form ? form.focus : sameControl(control) },
      );
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  function ask(
    contact: ContactRow,
    interactions: { row: InteractionRow; linked: number }[],
    metAt: string,
  ) {
    const control = document.activeElement;
    if (interactions.length === 0) return void run(contact, 'delete', false, control);
    setAsking({ contact, interactions, metAt, step: 'confirm', control });
  }

  let dialog = null;
  if (asking) {
    const { contact, interactions, control } = asking;
    const withCredits = interactions.filter((i) => i.linked > 0).length;
    dialog =
      asking.step === 'confirm' ? (
        <ConfirmDialog
          title={contactDeleteQuestion(contact.name, interactions.length, withCredits)}
          confirmLabel={contactDeleteLabel(contact.name, interactions.length, withCredits > 0)}
          onConfirm={() =>
            withCredits > 0
              ? setAsking({ ...asking, step: 'credits' })
              : void run(contact, 'delete', false, control)
          }
          onCancel={() => setAsking(null)}
        >
          <WhatGoes asking={asking} />
        </ConfirmDialog>
      ) : (
        <LinkChoiceDialog
          mode="delete"
          onChoose={(a) => void run(contact, a, true, control)}
          onCancel={() => setAsking(null)}
        />
      );
  }
  return { ask, dialog, failure };
}
