import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  replaceRequirement,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import { useDraftGuard } from '../../components/unsaved-changes';
import {
  draftToRequirement,
  requirementFields,
  requirementToDraft,
  type RequirementDraft,
} from './requirement-draft';
import { errorsByField, RequirementField } from './RequirementInputs';
import { requirementTitle } from './requirement-title';
import type { ApplyLadderEdit } from './use-ladder-edit';

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
    const edit = replaceRequirement(plan, rungId, draftToRequirement(rungId, q, draft));
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
        <RequirementField
          key={f.key}
          field={f}
          value={draft.values[f.key] ?? ''}
          error={errors[f.key]}
          onChange={(v) => set(f.key, v)}
        />
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
