/**
 * Closing the add/edit credential form (AddCredentialForm): by Escape, or by the control that
 * opened it pressed again; straight away when nothing was changed since the form opened, else
 * after "Discard your changes?" is answered.
 */
import { useImperativeHandle, useState, type KeyboardEvent, type Ref } from 'react';
import { sameDraft } from '../../components/unsaved-changes';

/** The form's close, for the control that opened it (closeRef). */
export interface FormCloser {
  requestClose: (from: Element | null) => void;
}

interface Options {
  /** Escape closes the form (AddCredentialForm's `closeOnEscape`). */
  closeOnEscape: boolean;
  closeRef?: Ref<FormCloser>;
  onDone: (saved: null) => void;
  /**
   * What counts as unchanged (the record as stored); by default the draft the form opened
   * with. A form reopened by Undo with what was typed in it holds changes from the start.
   */
  unchanged?: unknown;
}

/**
 * The close of a form holding `draft` (the draft its unsaved-changes guard watches): the form's
 * `onKeyDown`, `askingFrom` while "Discard your changes?" is asked (set it to null to keep
 * editing), and whether the draft is `changed` since the form opened.
 */
export function useFormClose(draft: unknown, options: Options) {
  const { closeOnEscape, closeRef, onDone } = options;
  // As the guard sees it: changed since the form opened (it closes on Save).
  const [opened] = useState(() => options.unchanged ?? draft);
  /** Asking whether to discard: the field Escape was pressed in, where focus goes back. */
  const [askingFrom, setAskingFrom] = useState<Element | null>(null);

  const changed = !sameDraft(draft, opened);
  /** Closes the form, asking first when something was changed; focus goes back to `from`. */
  function requestClose(from: Element | null) {
    if (changed) setAskingFrom(from);
    else onDone(null);
  }
  useImperativeHandle(closeRef, () => ({ requestClose }));

  function onKeyDown(e: KeyboardEvent) {
    if (!closeOnEscape || e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    requestClose(e.target as Element);
  }

  return { askingFrom, setAskingFrom, onKeyDown, changed };
}
