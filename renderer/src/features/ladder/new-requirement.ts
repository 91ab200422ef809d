/**
 * A new requirement of any kind the ladder knows (issue 5 part 1: "add their own"), not only
 * free text: which kind, what it is about (credentials, kinds of experience, a topic, a
 * skill, a Talent Triangle area) and its numbers. The number fields are the edit form's
 * (requirement-draft.ts); the domain checks the result (validateRequirement, through
 * addRequirement) and refuses with codes, so nothing is guessed here.
 */
import type {
  Requirement,
  RequirementKind,
  RequirementSpec,
} from '../../../../shared/catalog/ladder-requirements';
import { areas, type Area } from '../../../../shared/catalog/credentials/types';
import type { CredentialStanding } from '../../../../shared/catalog/exams/types';
import { skillAreas } from '../../../../shared/catalog/skills';
import type { SkillId, SkillLevel } from '../../../../shared/catalog/skills/skills';
import {
  trainingTopics,
  type TrainingTopic,
} from '../../../../shared/domain/eligibility/education';
import {
  roleTypes,
  type RoleSelector,
  type RoleType,
} from '../../../../shared/domain/experience/role';
import type { EducationLevel } from '../../../../shared/domain/profile/profile';
import { areaLabels } from '../credentials/messages';
import { roleTypeLabels, topicLabels } from '../experience/messages';
import { credentialChoices, type CredentialChoice } from './credential-names';
import { parseField, requirementFields, type EditField } from './requirement-draft';

/** The "Why" of a requirement the user added. */
export const ADDED_BY_YOU = 'Added by you';

/** The kinds a user can add, in the order offered; free text first, as before. */
export const addableKinds: readonly { kind: RequirementKind; label: string }[] = [
  { kind: 'custom', label: 'Your own, in your words (you tick it when done)' },
  { kind: 'credential', label: 'Hold a credential (one of several)' },
  { kind: 'experience', label: 'Months of experience' },
  { kind: 'pm-education-hours', label: 'Hours of project management education' },
  { kind: 'skill', label: 'A skill at a level' },
  { kind: 'continuous-learning', label: 'Learning hours in a Talent Triangle area a year' },
  { kind: 'conferences', label: 'Conferences a year' },
  { kind: 'leadership-training', label: 'Hours of leadership training' },
  { kind: 'education-level', label: 'Education level' },
  { kind: 'memberships', label: 'Professional association memberships' },
  { kind: 'mentors', label: 'Mentors' },
  { kind: 'industries', label: 'Experience in several industries' },
  { kind: 'team-size', label: 'Lead a team of a given size' },
];

/** A group of tick boxes: any number of the options. */
export interface ChoicesField {
  key: string;
  label: string;
  type: 'choices';
  options: { value: string; label: string }[];
}
export type NewField = EditField | ChoicesField;

export interface NewRequirementDraft {
  kind: RequirementKind;
  /** Typed numbers and text, and the choice of each drop-down, by field key. */
  values: Record<string, string>;
  /** The ticked options of each group of tick boxes, by field key. */
  picked: Record<string, readonly string[]>;
  essential: boolean;
}

const ANY_ROLE = 'any-role';

const roleChoices: ChoicesField = {
  key: 'roleTypes',
  label: 'Kinds of experience that count',
  type: 'choices',
  options: [
    ...roleTypes.map((t) => ({ value: t, label: roleTypeLabels[t] })),
    { value: ANY_ROLE, label: 'Any role (your whole work history)' },
  ],
};

const standingLabels: Record<CredentialStanding, string> = {
  good: 'Held and in good standing',
  earned: 'Earned at any time, even if it has lapsed since',
};

/** The catalogue alone: the credential tick boxes when the user's own are not given. */
const catalogueChoices = credentialChoices([]);

/** What the requirement is about, before its numbers. */
function shapeFields(kind: RequirementKind, credentials: readonly CredentialChoice[]): NewField[] {
  switch (kind) {
    case 'credential':
      return [
        {
          key: 'anyOf',
          label: 'Credentials, any of which counts',
          type: 'choices',
          options: [...credentials],
        },
        {
          key: 'standing',
          label: 'Counts when the credential is',
          type: 'select',
          options: (['good', 'earned'] as const).map((v) => ({
            value: v,
            label: standingLabels[v],
          })),
        },
      ];
    case 'experience':
    case 'industries':
    case 'team-size':
      return [roleChoices];
    case 'pm-education-hours':
      return [
        select(
          'topic',
          'Topic',
          trainingTopics.map((t) => [t, topicLabels[t]]),
        ),
      ];
    case 'skill':
      return [
        select(
          'skill',
          'Skill',
          skillAreas.map((s) => [s.id, s.name]),
        ),
      ];
    case 'continuous-learning':
      return [
        select(
          'area',
          'Talent Triangle area',
          areas.map((a) => [a, areaLabels[a]]),
        ),
      ];
    default:
      return [];
  }
}

function select(key: string, label: string, options: [string, string][]): EditField {
  return {
    key,
    label,
    type: 'select',
    options: options.map(([value, l]) => ({ value, label: l })),
  };
}

function roleSelector(picked: readonly string[] = []): RoleSelector {
  return picked.includes(ANY_ROLE) ? 'any-role' : (picked as RoleType[]);
}

/**
 * The requirement's shape from what is chosen; numbers are NaN until typed (the number
 * fields fill them), except a credential's count, which is 1 while only one is ticked.
 */
function specOf(d: NewRequirementDraft): RequirementSpec {
  const v = d.values;
  const roles = roleSelector(d.picked.roleTypes);
  switch (d.kind) {
    case 'credential':
      return {
        kind: 'credential',
        anyOf: d.picked.anyOf ?? [],
        count: 1,
        standing: (v.standing ?? 'good') as CredentialStanding,
      };
    case 'experience':
      return { kind: 'experience', roleTypes: roles, months: NaN, windowMonths: null };
    case 'industries':
      return { kind: 'industries', roleTypes: roles, count: NaN };
    case 'team-size':
      return { kind: 'team-size', roleTypes: roles, size: NaN };
    case 'pm-education-hours':
      return {
        kind: 'pm-education-hours',
        hours: NaN,
        topic: (v.topic ?? 'general') as TrainingTopic,
      };
    case 'skill':
      return { kind: 'skill', skill: (v.skill ?? '') as SkillId, level: NaN as SkillLevel };
    case 'continuous-learning':
      return { kind: 'continuous-learning', area: (v.area ?? areas[0]) as Area, hours: NaN };
    case 'education-level':
      return { kind: 'education-level', minLevel: (v.minLevel ?? '') as EducationLevel };
    case 'conferences':
      return { kind: 'conferences', perYear: NaN };
    case 'memberships':
    case 'mentors':
      return { kind: d.kind, count: NaN };
    case 'leadership-training':
      return { kind: 'leadership-training', hours: NaN };
    case 'custom':
      return { kind: 'custom', title: '', done: false };
  }
}

function withBasis(spec: RequirementSpec, id: string, essential: boolean): Requirement {
  return {
    ...spec,
    id,
    priority: essential ? 'essential' : 'recommended',
    basis: { source: ADDED_BY_YOU },
    origin: 'user',
  } as Requirement;
}

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
