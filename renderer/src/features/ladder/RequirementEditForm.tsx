import { useEffect, useId, useRef, type FormEvent } from 'react';
import {
  replaceRequirement,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { credentialChoices, credentialNamer, type OwnCredential } from './credential-names';
import { draftToRequirement, requirementToDraft } from './edit-requirement';
import { newRequirementFields } from './new-requirement';
import { errorsByField, RequirementFormFields } from './RequirementInputs';
import { requirementTitle } from './requirement-title';
import type { ApplyLadderEdit } from './use-ladder-edit';
import { useRequirementForm } from './use-requirement-form';
import { EditForm, WriteButton } from '../../components/read-only';

/**
 * Changes one requirement in place: its kind, what it is about (its credentials, the kinds of
 * experience that count…), its numbers and whether it is essential — the same form as adding
 * one. A new kind keeps the fields the two kinds share, and what was typed for the old kind
 * comes back if the person switches back. The domain checks the values
 * (`replaceRequirement`, the same checks as adding); a refusal is shown beside the field and
 * nothing is saved. Cancel closes the form without saving; so does Escape, as in the app's other
 * forms (useCloseOnEscape): at once when nothing was changed, else after "Discard your changes?".
 */
export function RequirementEditForm(props: {
  plan: LadderPlan;
  rungId: string;
  requirement: Requirement;
  apply: ApplyLadderEdit;
  own: readonly OwnCredential[];
  onClose: () => void;
}) {
  const { plan, rungId, requirement: q, apply, own, onClose } = props;
  const form = useRef<HTMLFormElement>(null);
  const { draft, setDraft, errors, setErrors, changeKind } = useRequirementForm(
    () => requirementToDraft(q),
    form,
  );
  // A credential the requirement names stays offered (and said to be deleted when it was).
  const named = [...(q.kind === 'credential' ? q.anyOf : []), ...(draft.picked.anyOf ?? [])];
  const fields = newRequirementFields(draft, credentialChoices(own, named));
  const titleId = useId();
  useDraftGuard(draft);
  const escape = useCloseOnEscape(draft, onClose);

  // Numbers are what people change most: focus goes to the first one (or the kind).
  useEffect(() => {
    const controls = form.current;
    const first =
      controls?.querySelector<HTMLElement>('input:not([type]), input[type="number"]') ??
      controls?.querySelector<HTMLElement>('select');
    first?.focus();
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    const edit = replaceRequirement(plan, rungId, draftToRequirement(rungId, q, draft));
    if (!edit.ok) {
      setErrors(errorsByField(edit.errors, fields));
      return;
    }
    if (await apply(edit)) onClose();
  }
  return (
    <>
      <EditForm
        ref={form}
        className="requirement-edit"
        aria-labelledby={titleId}
        noValidate
        onSubmit={(e) => void save(e)}
        onKeyDown={escape.onKeyDown}
        quiet
        actions={
          <div className="actions">
            <WriteButton type="submit">Save requirement</WriteButton>
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        }
      >
        <p className="requirement-edit-title" id={titleId}>
          Edit {requirementTitle(q, credentialNamer(own))}
        </p>
        <RequirementFormFields
          draft={draft}
          fields={fields}
          errors={errors}
          onChange={setDraft}
          onKind={changeKind}
        />
      </EditForm>
      {escape.question}
    </>
  );
}
