import { useRef, useState, type FormEvent } from 'react';
import {
  addRequirement,
  type LadderPlan,
  type LadderRungPlan,
} from '../../../../shared/catalog/ladder-requirements';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { credentialChoices, credentialNamer, type OwnCredential } from './credential-names';
import {
  draftToNewRequirement,
  hasNewRequirementInput,
  newRequirementDraft,
  newRequirementFields,
} from './new-requirement';
import type { NewRequirementDraft } from './new-requirement-shape';
import { requirementTitle } from './requirement-title';
import { errorsByField, RequirementFormFields } from './RequirementInputs';
import type { ApplyLadderEdit } from './use-ladder-edit';
import { useRequirementForm } from './use-requirement-form';
import { EditForm } from '../../components/read-only';

/**
 * Adds a requirement to a rung: free text the user ticks when done, or one of the kinds
 * Ascent measures (a credential — from the catalogue or the user's own —, months of
 * experience, education hours, a skill level, learning credits, conferences…) with its
 * numbers, so readiness counts it. The domain checks it (addRequirement); a refusal is shown
 * beside the field and nothing is saved.
 */
export function AddRequirement(props: {
  plan: LadderPlan;
  rung: LadderRungPlan;
  apply: ApplyLadderEdit;
  own: readonly OwnCredential[];
}) {
  const { plan, rung, apply, own } = props;
  const form = useRef<HTMLFormElement>(null);
  const { draft, setDraft, kept, errors, setErrors, changeKind, reset } = useRequirementForm(
    () => newRequirementDraft('custom'),
    form,
  );
  const [added, setAdded] = useState<string | null>(null);
  const fields = newRequirementFields(draft, credentialChoices(own, draft.picked.anyOf));
  useUnsavedChanges(
    hasNewRequirementInput(draft) || Object.values(kept).some((d) => hasNewRequirementInput(d)),
  );

  function change(next: NewRequirementDraft) {
    setDraft(next);
    setAdded(null);
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
    reset(newRequirementDraft(draft.kind, draft.essential));
    setAdded(`Added “${requirementTitle(q, credentialNamer(own))}” to ${rung.name}.`);
  }

  return (
    <EditForm
      ref={form}
      onSubmit={(e) => void add(e)}
      aria-label="Add a requirement"
      noValidate
      quiet
    >
      <h3>Add a requirement</h3>
      <RequirementFormFields
        draft={draft}
        fields={fields}
        errors={errors}
        onChange={change}
        onKind={(kind) => {
          changeKind(kind);
          setAdded(null);
        }}
      />
      <button type="submit">Add requirement</button>
      <p role="status">{added}</p>
    </EditForm>
  );
}
