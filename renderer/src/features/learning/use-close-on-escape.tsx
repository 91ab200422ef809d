import { useState, type KeyboardEvent } from 'react';
import { DiscardChanges } from '../../components/DiscardDialog';
import { sameDraft } from '../../components/unsaved-changes';

/**
 * Escape in a Learning form acts as its Cancel, as in the credential form (AddCredentialForm's
 * `closeOnEscape`): the form closes straight away when nothing was changed since it opened, else
 * after "Discard your changes?" is answered ("Keep editing" puts focus back in the field Escape
 * was pressed in). Pass the same draft the form's unsaved-changes guard watches.
 *
 * Escape inside a question the form asks (a <dialog>: what to do with credit entries) belongs to
 * that question, so it is left alone. Give `onKeyDown` to the form (EditForm passes it on) and
 * draw `question` outside it, so Escape in the question is "Keep editing", not the form's.
 */
export function useCloseOnEscape(draft: unknown, onClose: () => void) {
  const [opened] = useState(draft);
  /** Asking whether to discard: the field Escape was pressed in, where focus goes back. */
  const [askingFrom, setAskingFrom] = useState<Element | null>(null);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const from = e.target instanceof Element ? e.target : null;
    if (from?.closest('dialog')) return;
    e.preventDefault();
    if (sameDraft(draft, opened)) onClose();
    else setAskingFrom(from);
  }

  const question = askingFrom ? (
    <DiscardChanges
      text="You have changes in this form that are not saved. If you close it now, they are lost."
      returnTo={askingFrom}
      onKeep={() => setAskingFrom(null)}
      onDiscard={onClose}
    />
  ) : null;
  return { onKeyDown, question };
}
