import { useId, type Ref } from 'react';

/** One problem of a form: the field's visible label and what to do about it. */
export interface SummaryItem {
  /** The form's own name for the field (a dotted path); what `onGoTo` is given. */
  field: string;
  /** The field's label as shown on the form ("Start date"). */
  label: string;
  /** What is wrong and what to do ("Enter a real date."). */
  message: string;
}

interface Props {
  items: readonly SummaryItem[];
  /**
   * Moves focus to the field. Without it, focus goes to the control whose label reads the
   * item's `label` in the same form.
   */
  onGoTo?: (field: string) => void;
  ref?: Ref<HTMLDivElement>;
}

/** Focuses the control of the label reading `label` exactly, in the form around `from`. */
export function focusLabelled(from: Element, label: string): void {
  const root = from.closest('form') ?? from.ownerDocument;
  const match = Array.from(root.querySelectorAll('label')).find(
    (l) => (l.textContent ?? '').trim() === label,
  );
  const control =
    match?.control ?? (match?.htmlFor ? from.ownerDocument.getElementById(match.htmlFor) : null);
  control?.focus();
}

/**
 * The list of problems at the top of a form after a save that failed, each a button that
 * goes to its field. The form focuses it (`ref`) so the user hears what to fix first.
 *
 * Announced because it takes focus, never as a live region (the GOV.UK error summary): it
 * is a region named by its heading line, with no `role="alert"` or `aria-live`. The list
 * keeps following the form's errors as fields are put right (and goes once all are), but
 * silently: a screen reader hears it again only when the next failed save focuses it, not
 * "N things need your attention" after every fix. The inline errors under each field
 * say the rest.
 */
export function ErrorSummary({ items, onGoTo, ref }: Props) {
  const headingId = useId();
  if (items.length === 0) return null;
  const n = items.length;
  return (
    <div
      className="form-summary error-summary"
      role="region"
      aria-labelledby={headingId}
      tabIndex={-1}
      ref={ref}
    >
      <p id={headingId}>
        {n === 1
          ? 'One thing needs your attention; nothing was saved:'
          : `${n} things need your attention; nothing was saved:`}
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.field}-${i}`}>
            <button
              type="button"
              className="link-button"
              onClick={(e) =>
                onGoTo ? onGoTo(item.field) : focusLabelled(e.currentTarget, item.label)
              }
            >
              {item.label}: {item.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
