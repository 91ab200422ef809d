/**
 * The skill areas a PMO professional grows in, with a five-step scale (issue 5 part 5).
 * Areas from PRODUCT.md ("The career ladder", skills) and the two seed texts: seed 000's
 * five skills (leadership and management, communication, analytical, organisational,
 * technical tools) and "lead organisational change"; seed 002's business acumen (financial
 * management, risk management, strategic planning) and adaptability. Every sentence here is
 * Ascent's own wording; stable ids let the UI translate them.
 */

export const skillIds = [
  'leadership',
  'communication',
  'analytical',
  'organisational',
  'technicalTools',
  'businessAcumen',
  'adaptability',
  'organisationalChange',
] as const;
export type SkillId = (typeof skillIds)[number];

export const SKILL_LEVEL_MIN = 1;
export const SKILL_LEVEL_MAX = 5;
/** 1 … 5. */
export type SkillLevel = 1 | 2 | 3 | 4 | 5;

export interface SkillLevelStep {
  level: SkillLevel;
  key: 'aware' | 'developing' | 'capable' | 'advanced' | 'expert';
  name: string;
  description: string;
}

/** The general meaning of each step, shared by every skill. */
export const skillScale: readonly SkillLevelStep[] = [
  {
    level: 1,
    key: 'aware',
    name: 'Aware',
    description: 'Knows what it is; needs guidance to apply it.',
  },
  {
    level: 2,
    key: 'developing',
    name: 'Developing',
    description: 'Applies it on simple tasks with some support.',
  },
  {
    level: 3,
    key: 'capable',
    name: 'Capable',
    description: 'Applies it on their own in everyday work.',
  },
  {
    level: 4,
    key: 'advanced',
    name: 'Advanced',
    description: 'Handles difficult cases and coaches others.',
  },
  {
    level: 5,
    key: 'expert',
    name: 'Expert',
    description: 'Sets the standard for the organisation.',
  },
];

export interface SkillArea {
  id: SkillId;
  name: string;
  summary: string;
  /** Named parts of the area (business acumen: finance, risk, strategy). */
  facets: readonly string[];
  /** What each level looks like in this area, levels 1 to 5. */
  levels: readonly [string, string, string, string, string];
  /** Which seed text or PRODUCT.md passage names the area. */
  source: string;
}

/** True for one of the skill areas above (issue 5 part 9: unknown values are refused). */
export function isSkillId(value: unknown): value is SkillId {
  return typeof value === 'string' && (skillIds as readonly string[]).includes(value);
}

/** True for a whole number from 1 to 5. */
export function isSkillLevel(value: unknown): value is SkillLevel {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SKILL_LEVEL_MIN &&
    value <= SKILL_LEVEL_MAX
  );
}
