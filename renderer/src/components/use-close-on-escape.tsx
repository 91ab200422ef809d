import { useState, type KeyboardEvent } from 'react';
import { closeFormText, DiscardChanges } from './DiscardDialog';
import { sameDraft } from './unsaved-changes';

/**
 * Escape in an inline add/edit form acts as its Cancel, as in the credential form
 * (AddCredentialForm's `closeOnEscape`), so Escape does the same on every screen: the form
 * closes straight away when nothing was changed since it opened, else after "Discard your
 * changes?" is answered ("Keep editing" puts focus back in the field Escape was pressed in).
 * Pass the same draft the form's unsaved-changes guard watches, and the form's own Cancel, so
 * focus goes back where Cancel sends it (the button that opened the form).
 *
 * Escape inside a question the form asks (a <dialog>: what to do with credit entries) belongs to
 * that question, so it is left alone; so is an Escape a field inside already used
 * (defaultPrevented). The Escape that closes a native select's popup stays with the browser and
 * never reaches the form. Give `onKeyDown` to the form (EditForm passes it on) and
 * draw `question` outside it, so Escape in the question is "Keep editing", not the form's.
 * `saved`: what the form holds with nothing changed, when it opens with changes already (an
 * edit brought back by Undo after its record was deleted, form-back-after-undo.ts).
 */
export function useCloseOnEscape(draft: unknown, onClose: () => void, saved: unknown = draft) {
  const [opened] = useState(saved);
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
      text={closeFormText}
      returnTo={askingFrom}
      onKeep={() => setAskingFrom(null)}
      onDiscard={onClose}
    />
  ) : null;
  return { onKeyDown, question };
}
