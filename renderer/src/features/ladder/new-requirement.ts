/**
 * A new requirement of any kind the ladder knows (issue 5 part 1: "add their own"), not only
 * free text: which kind, what it is about (credentials, kinds of experience, a topic, a
 * skill, a Talent Triangle area) and its numbers. The number fields are the edit form's
 * (requirement-draft.ts); the domain checks the result (validateRequirement, through
 * addRequirement) and refuses with codes, so nothing is guessed here.
 */
import type { Requirement, RequirementKind } from '../../../../shared/catalog/ladder-requirements';
import { credentialChoices, type CredentialChoice } from './credential-names';
import {
  shapeFields,
  specOf,
  withBasis,
  type NewField,
  type NewRequirementDraft,
} from './new-requirement-shape';
import { parseField, requirementFields } from './requirement-draft';

/** The catalogue alone: the credential tick boxes when the user's own are not given. */
const catalogueChoices = credentialChoices([]);

/**
 * Every field of the form for the chosen kind: what it is about, then its numbers. The
 * credentials offered are the catalogue's unless `credentials` lists more (credentialChoices:
 * the user's own too); only the options depend on it, never which fields there are.
 */
export function newRequirementFields(
  d: NewRequirementDraft,
  credentials: readonly CredentialChoice[] = catalogueChoices,
): NewField[] {
  if (d.kind === 'custom') return [{ key: 'title', label: 'Your own requirement', type: 'text' }];
  const numbers = requirementFields(withBasis(specOf(d), '', d.essential));
  return [...shapeFields(d.kind, credentials), ...numbers];
}

/** A fresh form for a kind: every drop-down on its first option, nothing typed or ticked. */
export function newRequirementDraft(kind: RequirementKind, essential = false): NewRequirementDraft {
  const draft: NewRequirementDraft = { kind, values: {}, picked: {}, essential };
  for (const f of newRequirementFields(draft)) {
    if (f.type === 'select') draft.values[f.key] = f.options[0]?.value ?? '';
  }
  return draft;
}

/** True once the person has typed or ticked something (the form then guards leaving). */
export function hasNewRequirementInput(d: NewRequirementDraft): boolean {
  return newRequirementFields(d).some((f) =>
    f.type === 'choices'
      ? (d.picked[f.key]?.length ?? 0) > 0
      : f.type !== 'select' && (d.values[f.key] ?? '').trim() !== '',
  );
}

/**
 * The requirement as typed, for `addRequirement` to check and add: marked as the user's
 * own, with "Added by you" as its "Why"; the caller stamps the id.
 */
export function draftToNewRequirement(d: NewRequirementDraft, id: string): Requirement {
  const patch: Record<string, unknown> = {};
  for (const f of newRequirementFields(d)) {
    if (f.type === 'choices' || f.type === 'select') continue;
    patch[f.key] = parseField(f, d.values[f.key] ?? '');
  }
  return { ...withBasis(specOf(d), id, d.essential), ...patch } as Requirement;
}

/** The same field in two kinds: the same key, label and type (so the same question). */
function sameField(a: NewField, b: NewField): boolean {
  return a.key === b.key && a.label === b.label && a.type === b.type;
}

/**
 * The form after "Kind of requirement" changes. It starts from what was typed for that kind
 * earlier (`before`), or afresh; the essential tick and every field the two kinds share
 * (the kinds of experience that count, say) keep what was just typed. What belongs only to
 * the old kind (a free-text title) is kept by the caller for when the person switches back.
 */
export function switchKind(
  current: NewRequirementDraft,
  kind: RequirementKind,
  before?: NewRequirementDraft,
): NewRequirementDraft {
  const base = before ?? newRequirementDraft(kind);
  const next: NewRequirementDraft = {
    kind,
    values: { ...base.values },
    picked: { ...base.picked },
    essential: current.essential,
  };
  const typed = newRequirementFields(current);
  // Ticks first: which fields a kind shows can depend on them (a credential's count).
  for (const pass of ['choices', 'other'] as const) {
    for (const f of newRequirementFields(next)) {
      if ((f.type === 'choices') !== (pass === 'choices')) continue;
      if (!typed.some((g) => sameField(f, g))) continue;
      if (f.type === 'choices') {
        const p = current.picked[f.key];
        if (p && p.length > 0) next.picked[f.key] = p;
      } else {
        const v = current.values[f.key];
        if (v !== undefined && v.trim() !== '') next.values[f.key] = v;
      }
    }
  }
  return next;
}
