import { useId } from 'react';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import type { RequirementKind } from '../../../../shared/catalog/ladder-requirements';
import { Field } from '../../components/Field';
import { ladderEditText } from './edit-messages';
import type { EditField } from './requirement-draft';
import {
  addableKinds,
  type ChoicesField,
  type NewField,
  type NewRequirementDraft,
} from './new-requirement-shape';

/**
 * Field errors by field key, in words; errors of no field of this form under ''. A code on
 * one item of a list ("roleTypes.2") belongs to the list's field.
 */
export function errorsByField(
  errors: readonly FieldError[],
  fields: readonly { key: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = fields.find((f) => e.field === f.key || e.field.startsWith(`${f.key}.`));
    const key = field?.key ?? '';
    out[key] = [out[key], ladderEditText(e)].filter(Boolean).join(' ');
  }
  return out;
}

/** One control of the form; Field hands it the id and aria attributes it passes on. */
export function Input(props: {
  field: EditField;
  value: string;
  onChange: (v: string) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { field: f, value, onChange, ...aria } = props;
  if (f.type === 'select')
    return (
      <select {...aria} value={value} onChange={(e) => onChange(e.target.value)}>
        {f.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  if (f.type === 'text')
    return <input {...aria} value={value} onChange={(e) => onChange(e.target.value)} />;
  return (
    <input
      {...aria}
      type="number"
      inputMode="decimal"
      step={f.step}
      min={f.min}
      max={f.max}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Tick boxes under a legend; an error is said under the legend and marks every box. */
function Choices(props: {
  field: ChoicesField;
  picked: readonly string[];
  error?: string | undefined;
  onChange: (picked: string[]) => void;
}) {
  const { field: f, picked, error } = props;
  const id = useId();
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...picked, value] : picked.filter((v) => v !== value));
  return (
    <fieldset className="requirement-choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{f.label}</legend>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {f.options.map((o) => (
        <div key={o.value} className="checkbox-field">
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            checked={picked.includes(o.value)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Any field of a requirement form, labelled, with its hint and error. */
export function RequirementField(props: {
  field: NewField;
  value: string;
  picked?: readonly string[];
  error?: string | undefined;
  onChange: (v: string) => void;
  onPick?: (picked: string[]) => void;
}) {
  const { field: f, error } = props;
  if (f.type === 'choices')
    return (
      <Choices
        field={f}
        picked={props.picked ?? []}
        error={error}
        onChange={(p) => props.onPick?.(p)}
      />
    );
  return (
    <Field label={f.label} hint={'hint' in f ? f.hint : undefined} error={error}>
      <Input field={f} value={props.value} onChange={props.onChange} />
    </Field>
  );
}

/**
 * The fields of a requirement form, shared by adding and editing: the kind, a message of no
 * field, what the requirement is about and its numbers, and whether it is essential.
 */
export function RequirementFormFields(props: {
  draft: NewRequirementDraft;
  fields: readonly NewField[];
  errors: Record<string, string>;
  onChange: (next: NewRequirementDraft) => void;
  onKind: (kind: RequirementKind) => void;
}) {
  const { draft, fields, errors, onChange } = props;
  const essentialId = useId();
  return (
    <>
      <Field label="Kind of requirement">
        <select
          value={draft.kind}
          onChange={(e) => props.onKind(e.target.value as RequirementKind)}
        >
          {addableKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      {errors[''] && (
        <p className="form-summary" role="alert" tabIndex={-1}>
          {errors['']}
        </p>
      )}
      {fields.map((f) => (
        <RequirementField
          key={`${draft.kind}-${f.key}`}
          field={f}
          value={draft.values[f.key] ?? ''}
          picked={draft.picked[f.key] ?? []}
          error={errors[f.key]}
          onChange={(v) => onChange({ ...draft, values: { ...draft.values, [f.key]: v } })}
          onPick={(p) => onChange({ ...draft, picked: { ...draft.picked, [f.key]: p } })}
        />
      ))}
      <div className="checkbox-field">
        <input
          id={essentialId}
          type="checkbox"
          checked={draft.essential}
          onChange={(e) => onChange({ ...draft, essential: e.target.checked })}
        />
        <label htmlFor={essentialId}>Essential (counts towards readiness)</label>
      </div>
    </>
  );
}
