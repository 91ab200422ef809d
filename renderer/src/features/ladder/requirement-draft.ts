/**
 * The number fields of a requirement's form (issue 5 part 1: "the user can edit rungs and
 * requirements"): which numbers a kind has, and the typed text turned back into numbers for
 * the domain to check (shared/catalog/ladder-requirements/validate.ts). Empty or unreadable
 * numbers become NaN so the domain refuses them with a code; nothing is guessed.
 */
import type { Requirement } from '../../../../shared/catalog/ladder-requirements';
import { SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import { educationLevels } from '../../../../shared/domain/profile/profile';
import { areaLabels } from '../credentials/messages';
import { educationLabels } from '../profile/messages';

export type EditField =
  | {
      key: string;
      label: string;
      type: 'number';
      step: number;
      min: number;
      max?: number;
      hint?: string;
      /** Empty means "no limit" (stored as null) rather than a missing number. */
      optional?: boolean;
    }
  | { key: string; label: string; type: 'select'; options: { value: string; label: string }[] }
  | { key: string; label: string; type: 'text' };

type NumberField = Extract<EditField, { type: 'number' }>;

const whole = (key: string, label: string, max?: number): NumberField => ({
  key,
  label,
  type: 'number',
  step: 1,
  min: 1,
  ...(max === undefined ? {} : { max }),
});
const hours = (label: string): NumberField => ({
  key: 'hours',
  label,
  type: 'number',
  step: 0.25,
  min: 0.25,
});

/** The fields a requirement of this kind can change, besides essential or recommended. */
export function requirementFields(q: Requirement): EditField[] {
  switch (q.kind) {
    case 'credential':
      return q.anyOf.length > 1 ? [whole('count', 'How many of them', q.anyOf.length)] : [];
    case 'education-level':
      return [
        {
          key: 'minLevel',
          label: 'Lowest level',
          type: 'select',
          options: educationLevels.map((v) => ({ value: v, label: educationLabels[v] ?? v })),
        },
      ];
    case 'pm-education-hours':
      return [hours('Hours of education')];
    case 'experience':
      return [
        whole('months', 'Months of experience'),
        {
          ...whole('windowMonths', 'Counted over the last … months'),
          optional: true,
          hint: 'Leave empty to count your whole history.',
        },
      ];
    case 'industries':
      return [whole('count', 'Number of industries')];
    case 'team-size':
      return [whole('size', 'People in the team')];
    case 'skill':
      return [
        {
          ...whole('level', `Level (${SKILL_LEVEL_MIN} to ${SKILL_LEVEL_MAX})`, SKILL_LEVEL_MAX),
          min: SKILL_LEVEL_MIN,
        },
      ];
    case 'conferences':
      return [whole('perYear', 'Conferences a year')];
    case 'memberships':
      return [whole('count', 'Memberships')];
    case 'mentors':
      return [whole('count', 'Mentors')];
    case 'continuous-learning':
      return [hours(`Hours of ${areaLabels[q.area]} learning a year`)];
    case 'leadership-training':
      return [hours('Hours of leadership training')];
    case 'custom':
      return [{ key: 'title', label: 'Requirement', type: 'text' }];
  }
}

/** Typed text as the value the domain checks: numbers (NaN when unreadable), text, a choice. */
export function parseField(f: EditField, raw: string): unknown {
  if (f.type === 'text') return raw.trim();
  if (f.type === 'select') return raw;
  if (raw.trim() === '') return f.optional ? null : Number.NaN;
  return Number(raw);
}
