/**
 * Editing a requirement already on a rung (issue 5 part 1: "the user can edit rungs and
 * requirements"): the same form as adding one (new-requirement.ts), kind and credentials
 * included, started from the requirement as it is. The domain checks the result exactly as it
 * checks a new one (validateRequirement, through replaceRequirement).
 */
import {
  withRequirementBasis,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import { draftToNewRequirement, newRequirementFields } from './new-requirement';
import type { NewRequirementDraft } from './new-requirement-shape';

const valueOf = (q: Requirement, key: string): unknown => (q as Record<string, unknown>)[key];

/** What the requirement has ticked: its credentials, or the kinds of experience that count. */
function pickedOf(q: Requirement): Record<string, readonly string[]> {
  if (q.kind === 'credential') return { anyOf: [...q.anyOf] };
  if (q.kind === 'experience' || q.kind === 'industries' || q.kind === 'team-size') {
    return { roleTypes: q.roleTypes === 'any-role' ? ['any-role'] : [...q.roleTypes] };
  }
  return {};
}

/** The form's starting values: the requirement as it is, its kind and ticks included. */
export function requirementToDraft(q: Requirement): NewRequirementDraft {
  const draft: NewRequirementDraft = {
    kind: q.kind,
    values: {},
    picked: pickedOf(q),
    essential: q.priority === 'essential',
  };
  // Ticks first: which number fields there are can depend on them (a credential's count).
  for (const f of newRequirementFields(draft)) {
    if (f.type === 'choices') continue;
    const v = valueOf(q, f.key);
    draft.values[f.key] = v === null || v === undefined ? '' : String(v);
  }
  return draft;
}

/**
 * The requirement as edited, for `replaceRequirement` to check and save. It keeps its id, its
 * origin and, while its kind is the same, anything the form does not show (a free-text
 * requirement stays done); a new kind starts from that kind's fields alone. Its "Why" follows
 * the shared rule (withRequirementBasis): a default requirement says "You changed this
 * number." while it differs from the shipped one, and its shipped note once put back.
 */
export function draftToRequirement(
  rungId: string,
  q: Requirement,
  draft: NewRequirementDraft,
): Requirement {
  const typed = draftToNewRequirement(draft, q.id);
  const sameKind = draft.kind === q.kind;
  const done = sameKind && q.kind === 'custom' ? { done: q.done } : {};
  const next = {
    ...(sameKind ? q : {}),
    ...typed,
    ...done,
    id: q.id,
    origin: q.origin,
    basis: q.basis,
  } as Requirement;
  return withRequirementBasis(rungId, next);
}
