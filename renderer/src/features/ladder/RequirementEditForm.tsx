import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  replaceRequirement,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { ladderEditText } from './messages';
import {
  draftToRequirement,
  requirementFields,
  requirementToDraft,
  type EditField,
  type RequirementDraft,
} from './requirement-draft';
import { requirementTitle } from './requirement-title';
import type { ApplyLadderEdit } from './use-ladder-edit';

/** Field errors by field key; errors of no field of this form under ''. */
function errorsByField(errors: FieldError[], fields: EditField[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const key = fields.some((f) => f.key === e.field) ? e.field : '';
    out[key] = [out[key], ladderEditText(e)].filter(Boolean).join(' ');
  }
  return out;
}

/** One control of the form; Field hands it the id and aria attributes it passes on. */
function Input(props: {
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

/**
 * Changes one requirement's numbers (and whether it is essential) in place. The domain
 * checks the values (`replaceRequirement`); a refusal is shown beside the field and nothing
 * is saved. Escape or Cancel closes the form without saving.
 */
export function RequirementEditForm(props: {
  plan: LadderPlan;
  rungId: string;
  requirement: Requirement;
  apply: ApplyLadderEdit;
  onClose: () => void;
}) {
  const { plan, rungId, requirement: q, apply, onClose } = props;
  const fields = requirementFields(q);
  const [draft, setDraft] = useState<RequirementDraft>(() => requirementToDraft(q));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const essentialId = useId();
  const titleId = useId();
  useDraftGuard(draft);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  // After a refusal, the first field in error (or the message above the fields) gets focus.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [errors]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const edit = replaceRequirement(plan, rungId, draftToRequirement(q, draft));
    if (!edit.ok) {
      setErrors(errorsByField(edit.errors, fields));
      return;
    }
    if (await apply(edit)) onClose();
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  }
  const set = (key: string, v: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [key]: v } }));

  return (
    <form
      ref={form}
      className="requirement-edit"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => void save(e)}
      onKeyDown={onKeyDown}
    >
      <p className="requirement-edit-title" id={titleId}>
        Edit {requirementTitle(q)}
      </p>
      {errors[''] && (
        <p className="form-summary" role="alert" tabIndex={-1}>
          {errors['']}
        </p>
      )}
      {fields.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          hint={'hint' in f ? f.hint : undefined}
          error={errors[f.key]}
        >
          <Input field={f} value={draft.values[f.key] ?? ''} onChange={(v) => set(f.key, v)} />
        </Field>
      ))}
      <div className="checkbox-field">
        <input
          id={essentialId}
          type="checkbox"
          checked={draft.essential}
          onChange={(e) => setDraft((d) => ({ ...d, essential: e.target.checked }))}
        />
        <label htmlFor={essentialId}>Essential (counts towards readiness)</label>
      </div>
      <div className="actions">
        <button type="submit">Save requirement</button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
