/**
 * The shape of a new requirement (issue 5 part 1: "add their own"): the kinds a user can add,
 * the draft the form holds, the fields of what it is about (credentials, kinds of experience,
 * a topic, a skill, a Talent Triangle area) and the requirement they make before its numbers
 * are typed. The form built from them is in new-requirement.ts.
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
import type { CredentialChoice } from './credential-names';
import type { EditField } from './requirement-draft';

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

/** What the requirement is about, before its numbers. */
export function shapeFields(
  kind: RequirementKind,
  credentials: readonly CredentialChoice[],
): NewField[] {
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
export function specOf(d: NewRequirementDraft): RequirementSpec {
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

export function withBasis(spec: RequirementSpec, id: string, essential: boolean): Requirement {
  return {
    ...spec,
    id,
    priority: essential ? 'essential' : 'recommended',
    basis: { source: ADDED_BY_YOU },
    origin: 'user',
  } as Requirement;
}
