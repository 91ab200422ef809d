import { useEffect, useId, useRef, type ReactNode } from 'react';
import { WriteButton } from './read-only';

interface Props {
  title: string;
  children: ReactNode;
  /** The words on the button that goes ahead, e.g. "Reset the ladder". */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a bulk or irreversible action. A native modal <dialog>: focus starts on Cancel
 * (the safe choice), Escape cancels, and focus goes back to the button that opened it. Every
 * such action changes data, so its button is switched off in read-only mode.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={textId}>{children}</div>
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <WriteButton type="button" className="secondary danger" onClick={onConfirm}>
          {confirmLabel}
        </WriteButton>
      </div>
    </dialog>
  );
}
