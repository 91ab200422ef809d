import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  addRequirement,
  type LadderPlan,
  type LadderRungPlan,
  type RequirementKind,
} from '../../../../shared/catalog/ladder-requirements';
import { Field } from '../../components/Field';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import {
  addableKinds,
  draftToNewRequirement,
  hasNewRequirementInput,
  newRequirementDraft,
  newRequirementFields,
  switchKind,
  type NewRequirementDraft,
} from './new-requirement';
import { requirementTitle } from './requirement-title';
import { errorsByField, RequirementField } from './RequirementInputs';
import type { ApplyLadderEdit } from './use-ladder-edit';

/**
 * Adds a requirement to a rung: free text the user ticks when done, or one of the kinds
 * Ascent measures (a credential, months of experience, education hours, a skill level,
 * learning credits, conferences…) with its numbers, so readiness counts it. The domain
 * checks it (addRequirement); a refusal is shown beside the field and nothing is saved.
 */
export function AddRequirement(props: {
  plan: LadderPlan;
  rung: LadderRungPlan;
  apply: ApplyLadderEdit;
}) {
  const { plan, rung, apply } = props;
  const [draft, setDraft] = useState<NewRequirementDraft>(() => newRequirementDraft('custom'));
  /** What was typed for the other kinds, brought back when the person switches back. */
  const [kept, setKept] = useState<Partial<Record<RequirementKind, NewRequirementDraft>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const essentialId = useId();
  const fields = newRequirementFields(draft);
  useUnsavedChanges(
    hasNewRequirementInput(draft) || Object.values(kept).some((d) => hasNewRequirementInput(d)),
  );

  // After a refusal, the first field in error (or the message above the fields) gets focus.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [errors]);

  function change(next: NewRequirementDraft) {
    setDraft(next);
    setAdded(null);
  }
  function changeKind(kind: RequirementKind) {
    setErrors({});
    const { [kind]: before, ...others } = kept;
    setKept({ ...others, [draft.kind]: draft });
    change(switchKind(draft, kind, before));
  }
  async function add(e: FormEvent) {
    e.preventDefault();
    const q = draftToNewRequirement(draft, crypto.randomUUID());
    const edit = addRequirement(plan, rung.id, q);
    if (!edit.ok) {
      setErrors(errorsByField(edit.errors, fields));
      return;
    }
    if (!(await apply(edit))) return;
    setErrors({});
    setKept({});
    setDraft(newRequirementDraft(draft.kind, draft.essential));
    setAdded(`Added “${requirementTitle(q)}” to ${rung.name}.`);
  }

  return (
    <form ref={form} onSubmit={(e) => void add(e)} aria-label="Add a requirement" noValidate>
      <h3>Add a requirement</h3>
      <Field label="Kind of requirement">
        <select value={draft.kind} onChange={(e) => changeKind(e.target.value as RequirementKind)}>
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
          onChange={(v) => change({ ...draft, values: { ...draft.values, [f.key]: v } })}
          onPick={(p) => change({ ...draft, picked: { ...draft.picked, [f.key]: p } })}
        />
      ))}
      <div className="checkbox-field">
        <input
          id={essentialId}
          type="checkbox"
          checked={draft.essential}
          onChange={(e) => change({ ...draft, essential: e.target.checked })}
        />
        <label htmlFor={essentialId}>Essential (counts towards readiness)</label>
      </div>
      <button type="submit">Add requirement</button>
      <p role="status">{added}</p>
    </form>
  );
}
