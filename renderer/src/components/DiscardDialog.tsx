import { useEffect, useRef } from 'react';
import {
  cancelLeave,
  confirmLeave,
  hasUnsavedChanges,
  leaveTo,
  usePendingMove,
} from './unsaved-changes';

/** A click on an in-app link while a form holds changes: ask before following it. */
function onLinkClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)
    return;
  const link = (e.target as Element | null)?.closest?.('a[href^="#/"]');
  const href = link?.getAttribute('href');
  if (!href || href === window.location.hash || !hasUnsavedChanges()) return;
  e.preventDefault();
  leaveTo(href);
}

/**
 * "Discard your changes?" — asked when a move would lose what a form holds. A native modal
 * <dialog>: focus stays inside, Escape means "Keep editing", and focus goes back where it was.
 */
export function DiscardDialog() {
  const pending = usePendingMove();
  useEffect(() => {
    document.addEventListener('click', onLinkClick, true);
    return () => document.removeEventListener('click', onLinkClick, true);
  }, []);
  return pending === null ? null : <DiscardQuestion />;
}

function DiscardQuestion() {
  return (
    <DiscardChanges
      text="You have changes on this screen that are not saved. If you leave now, they are lost."
      onKeep={cancelLeave}
      onDiscard={confirmLeave}
    />
  );
}

/**
 * The question itself, also asked by a form that closes in place (Escape with changes): a
 * native modal <dialog>. Focus starts on "Keep editing"; Escape means "Keep editing"; when the
 * question goes, focus goes back to `returnTo` (else to where it was when asked), if still there.
 */
export function DiscardChanges(props: {
  text: string;
  onKeep: () => void;
  onDiscard: () => void;
  returnTo?: Element;
}) {
  const { text, onKeep, onDiscard, returnTo } = props;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = returnTo ?? document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [returnTo]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="discard-title"
      aria-describedby="discard-text"
      onCancel={(e) => (e.preventDefault(), onKeep())}
    >
      <h2 id="discard-title">Discard your changes?</h2>
      <p id="discard-text">{text}</p>
      <div className="actions">
        <button type="button" autoFocus onClick={onKeep}>
          Keep editing
        </button>
        <button type="button" className="secondary danger" onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </dialog>
  );
}
