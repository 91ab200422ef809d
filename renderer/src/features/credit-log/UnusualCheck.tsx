import type { Ref } from 'react';
import type { Unusual } from '../../../../shared/domain/credits';
import { fieldLabel, unusualText } from './messages';

interface Props {
  unusual: readonly Unusual[];
  /** Moves focus to the field to look at again. */
  onGoTo: (field: string) => void;
  /** Saves what is shown as it is. */
  onSaveAnyway: () => void;
  busy: boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Asked on a save when a value is allowed but unusual (a misplaced decimal point, a mistyped
 * year): each item goes to its field; "Save as it is" saves without asking again.
 */
export function UnusualCheck({ unusual, onGoTo, onSaveAnyway, busy, ref }: Props) {
  if (unusual.length === 0) return null;
  return (
    // Focused when it appears (which reads it out), so not also an alert announced twice.
    <div
      className="form-summary form-check"
      role="group"
      aria-labelledby="unusual-check-title"
      tabIndex={-1}
      ref={ref}
    >
      <p id="unusual-check-title">Is this right? Nothing is saved yet:</p>
      <ul>
        {unusual.map((u) => (
          <li key={u.code}>
            <button type="button" className="link-button" onClick={() => onGoTo(u.field)}>
              {fieldLabel(u.field, new Map())}: {unusualText(u)}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onSaveAnyway} disabled={busy}>
          Save as it is
        </button>
      </div>
    </div>
  );
}
