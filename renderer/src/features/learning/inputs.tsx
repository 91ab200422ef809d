import type { ReactNode, Ref } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { WriteButton } from '../../components/read-only';
import { parseHours } from '../../../../shared/domain/claims';
import { parseCostAmount, type Cost, type Reflection } from '../../../../shared/domain/journal';
import { amountError } from '../credit-log/messages';
import { reflectionLabels } from './messages';

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'date' | 'url';
  inputMode?: 'decimal';
}

/** A labelled one-line input (journal forms keep every value as typed text). */
export function TextInput({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  inputMode,
}: TextProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      <input
        type={type}
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

export function TextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error}>
      <textarea rows={2} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </Field>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: Record<T, string>;
  onChange: (v: T) => void;
  error?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {(Object.keys(props.options) as T[]).map((k) => (
          <option key={k} value={k}>
            {props.options[k]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Issue 6 part 5: what I learned and how I will use it, on any entry. */
export function ReflectionFields(props: {
  value: Reflection;
  onChange: (r: Reflection) => void;
  errors?: Record<string, string>;
}) {
  const { value, onChange, errors = {} } = props;
  return (
    <fieldset className="reflection">
      <legend>Reflection (optional)</legend>
      <TextArea
        label={reflectionLabels['reflection.learned']}
        value={value.learned}
        onChange={(learned) => onChange({ ...value, learned })}
        error={errors['reflection.learned']}
      />
      <TextArea
        label={reflectionLabels['reflection.apply']}
        value={value.apply}
        onChange={(apply) => onChange({ ...value, apply })}
        error={errors['reflection.apply']}
      />
    </fieldset>
  );
}

/** The error banner and the Save / Cancel row every journal form ends with. */
export function FormEnd(props: { saveLabel: string; onCancel: () => void; children?: ReactNode }) {
  return (
    <div className="actions">
      <WriteButton type="submit">{props.saveLabel}</WriteButton>
      <button type="button" className="secondary" onClick={props.onCancel}>
        Cancel
      </button>
      {props.children}
    </div>
  );
}

/**
 * A failed save at the top of a journal form: the shared error summary (each problem under its
 * field's label, a button to that field; the form focuses it through `ref`), and a save
 * that could not be done at all.
 */
export function FormSummary({
  items,
  failure,
  onGoTo,
  ref,
}: {
  items: readonly SummaryItem[];
  failure: string | null;
  onGoTo?: (field: string) => void;
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <>
      <ErrorSummary ref={ref} items={items} {...(onGoTo ? { onGoTo } : {})} />
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}

/**
 * Hours as typed, read as the credit log reads them (parseHours): "1,5" is 1.5, and "1,500"
 * (1500 or 1.5?) is NaN, never a silent 1.5; the domain reports NaN and hoursWorded says it.
 */
export const hoursOf = (text: string): number => parseHours(text);

/**
 * A cost as typed: null when the amount is blank, else its amount read as parseCostAmount
 * reads it ("1,995" is 1995, "19,99" is 19.99; NaN when unreadable, which the domain reports)
 * and its currency code. While the field still shows the `stored` amount as the form opened
 * with it (textOf), that number is kept as it is: an amount saved before costs were read this
 * way (1.995, from a typed "1,995") is never silently read again as 1995 by an edit of
 * another field; the person sees it and can correct it.
 */
export function costOf(amount: string, currency: string, stored?: number | null): Cost | null {
  const kept = stored !== undefined && stored !== null && amount.trim() === textOf(stored);
  const read = kept ? stored : parseCostAmount(amount);
  return read === null ? null : { amount: read, currency: currency.trim().toUpperCase() };
}

/**
 * Errors at hours fields said as the credit log says them (amountError): for "1,500" the two
 * numbers it could be, for "1,234.5" the separator to leave out. `typed` maps each hours
 * field's error key to the text in it.
 */
export function hoursWorded(
  errors: Readonly<Record<string, string>>,
  typed: Readonly<Record<string, string>>,
): Record<string, string> {
  const out = { ...errors };
  for (const [field, text] of Object.entries(typed)) {
    const error = out[field];
    if (error) out[field] = amountError(text, error);
  }
  return out;
}

export const textOf = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n);
export const emptyReflection = (): Reflection => ({ learned: '', apply: '' });

/** A reflection worth keeping: undefined when both parts are blank. */
export function reflectionOf(r: Reflection): Reflection | undefined {
  return r.learned.trim() || r.apply.trim()
    ? { learned: r.learned.trim(), apply: r.apply.trim() }
    : undefined;
}
