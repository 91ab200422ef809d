import { useEffect, useRef } from 'react';
import type { LinkAction } from '../../../../shared/domain/journal';

const editChoices: [LinkAction, string][] = [
  ['update', 'Update them to match'],
  ['unlink', 'Keep them as they are, unlinked'],
  ['delete', 'Delete them'],
];
const deleteChoices: [LinkAction, string][] = [
  ['delete', 'Delete them too'],
  ['unlink', 'Keep them in the credit log, unlinked'],
];

/**
 * "What should happen to its credit entries?" — asked before an entry with credit entries is
 * changed or deleted. A native modal dialog: focus stays inside, Escape cancels.
 */
export function LinkChoiceDialog(props: {
  mode: 'edit' | 'delete';
  onChoose: (action: LinkAction) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const choices = props.mode === 'edit' ? editChoices : deleteChoices;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="link-choice-title"
      aria-describedby="link-choice-text"
      onCancel={(e) => (e.preventDefault(), props.onCancel())}
    >
      <h2 id="link-choice-title">This entry has credit entries</h2>
      <p id="link-choice-text">
        {props.mode === 'edit'
          ? 'You changed an entry that has credit entries in your credit log. What should happen to them?'
          : 'You are deleting an entry that has credit entries in your credit log. What should happen to them?'}
      </p>
      <div className="actions">
        {choices.map(([action, label], i) => (
          <button
            key={action}
            type="button"
            className={action === 'delete' ? 'secondary danger' : i === 0 ? undefined : 'secondary'}
            autoFocus={i === 0}
            onClick={() => props.onChoose(action)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
