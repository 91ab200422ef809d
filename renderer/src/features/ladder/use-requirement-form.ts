import { useEffect, useState, type RefObject } from 'react';
import type { RequirementKind } from '../../../../shared/catalog/ladder-requirements';
import { switchKind } from './new-requirement';
import type { NewRequirementDraft } from './new-requirement-shape';

type Kept = Partial<Record<RequirementKind, NewRequirementDraft>>;

/**
 * The state of a requirement form (adding one, or editing one on a rung): the draft, what was
 * typed for the other kinds (brought back when the person switches back, so nothing typed is
 * lost), and the errors the domain gave, by field. After a refusal, the first field in error
 * (or the message above the fields) of `form` gets focus.
 */
export function useRequirementForm(
  initial: () => NewRequirementDraft,
  form: RefObject<HTMLFormElement | null>,
) {
  const [draft, setDraft] = useState<NewRequirementDraft>(initial);
  const [kept, setKept] = useState<Kept>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [errors, form]);

  /** "Kind of requirement" changed: shared fields carry over (switchKind), the rest waits. */
  function changeKind(kind: RequirementKind) {
    if (kind === draft.kind) return;
    setErrors({});
    const { [kind]: before, ...others } = kept;
    setKept({ ...others, [draft.kind]: draft });
    setDraft(switchKind(draft, kind, before));
  }

  /** A fresh start (after a save): nothing kept for other kinds, no errors. */
  function reset(next: NewRequirementDraft) {
    setErrors({});
    setKept({});
    setDraft(next);
  }

  return { draft, setDraft, kept, errors, setErrors, changeKind, reset };
}
