import { useEffect, useRef } from 'react';
import {
  cancelLeave,
  cancelSwitch,
  confirmLeave,
  confirmSwitch,
  hasUnsavedChanges,
  leaveTo,
  usePendingMove,
  usePendingSwitch,
  type PendingSwitch,
} from './unsaved-changes';

/**
 * The question's words when a form closes in place for another record: the same as when it
 * closes on Escape (use-close-on-escape).
 */
export const closeFormText =
  'You have changes in this form that are not saved. If you close it now, they are lost.';

/** The question's words when a move would leave the screen (or a step) with unsaved changes. */
export const leaveScreenText =
  'You have changes on this screen that are not saved. If you leave now, they are lost.';

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
 * "Discard your changes?" — asked when a move would lose what a form holds, or when an open
 * form would give way to another record (another row's Edit). A native modal <dialog>: focus
 * stays inside, Escape means "Keep editing", and focus goes back where it was (for a switch,
 * to the form's field last in use).
 */
export function DiscardDialog() {
  const pending = usePendingMove();
  const switching = usePendingSwitch();
  useEffect(() => {
    document.addEventListener('click', onLinkClick, true);
    return () => document.removeEventListener('click', onLinkClick, true);
  }, []);
  if (pending !== null) return <DiscardQuestion />;
  return switching === null ? null : <SwitchQuestion switching={switching} />;
}

function SwitchQuestion({ switching }: { switching: PendingSwitch }) {
  return (
    <DiscardChanges
      text={closeFormText}
      {...(switching.returnTo ? { returnTo: switching.returnTo } : {})}
      onKeep={cancelSwitch}
      onDiscard={confirmSwitch}
    />
  );
}

function DiscardQuestion() {
  return <DiscardChanges text={leaveScreenText} onKeep={cancelLeave} onDiscard={confirmLeave} />;
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
