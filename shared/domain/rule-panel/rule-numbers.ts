/**
 * The numbers of a credential's rule as a flat list for the "why this number?" panel, and
 * the edits that turn a user's number into a rule override (domain-facts.md preamble: the
 * user may override any number per credential, because bodies change their rules).
 */
import {
  areas,
  type Area,
  type CredentialRule,
  type RuleOverrides,
  type SourcedNumber,
} from '../../catalog/credentials';

export type RuleNumberKey =
  | 'cycleMonths'
  | 'total'
  | 'educationMin'
  | `areaMin.${Area}`
  | 'givingBackMax'
  | 'practitionerMax'
  | 'carryOverMax'
  | 'carryOverWindowMonths'
  | 'categoryMinDistinct'
  | `categoryMins.${string}`
  | `categoryCaps.${string}`
  | 'periodicMin'
  | `periodicCategoryMins.${string}`
  | 'multiTrackAddOn'
  | 'suspensionMonths'
  | 'recordRetentionMonths'
  | 'cpePerSemesterCredit';

/**
 * Whether a number counts credits (quarter hours), months or a count (whole numbers), or is
 * a rate: hours per semester credit (ISACA's 15, domain-facts §4; a whole number).
 */
export type RuleNumberKind = 'credits' | 'months' | 'count' | 'rate';

export interface RuleNumber {
  key: RuleNumberKey;
  kind: RuleNumberKind;
  /** Category id for category rows, area for area rows. */
  subject?: string;
  sourced: SourcedNumber;
}

const scalarRows: readonly [RuleNumberKey, RuleNumberKind][] = [
  ['cycleMonths', 'months'],
  ['total', 'credits'],
  ['educationMin', 'credits'],
  ['givingBackMax', 'credits'],
  ['practitionerMax', 'credits'],
  ['carryOverMax', 'credits'],
  ['carryOverWindowMonths', 'months'],
  ['multiTrackAddOn', 'credits'],
  ['suspensionMonths', 'months'],
  ['recordRetentionMonths', 'months'],
];

/** Every number the rule has, in reading order; absent rules (null) are left out. */
export function ruleNumbers(rule: CredentialRule): RuleNumber[] {
  const out: RuleNumber[] = [];
  for (const [key, kind] of scalarRows) {
    const sourced = rule[key as keyof CredentialRule] as SourcedNumber | null;
    if (sourced && !(key === 'cycleMonths' && rule.cycleKind === 'lifetime')) {
      out.push({ key, kind, sourced });
    }
    if (key === 'educationMin' && rule.areaMin) {
      for (const area of areas) {
        out.push({
          key: `areaMin.${area}`,
          kind: 'credits',
          subject: area,
          sourced: rule.areaMin[area],
        });
      }
    }
  }
  if (rule.categories) {
    const { minDistinct, list } = rule.categories;
    if (minDistinct) out.push({ key: 'categoryMinDistinct', kind: 'count', sourced: minDistinct });
    for (const c of list) {
      if (c.min)
        out.push({ key: `categoryMins.${c.id}`, kind: 'credits', subject: c.id, sourced: c.min });
      if (c.cap)
        out.push({ key: `categoryCaps.${c.id}`, kind: 'credits', subject: c.id, sourced: c.cap });
    }
  }
  if (rule.periodic) {
    out.push({ key: 'periodicMin', kind: 'credits', sourced: rule.periodic.min });
    for (const c of rule.periodic.categoryMins) {
      if (c.min) {
        out.push({
          key: `periodicCategoryMins.${c.id}`,
          kind: 'credits',
          subject: c.id,
          sourced: c.min,
        });
      }
    }
  }
  // How a university course counts (ISACA: 15 CPE hours per semester credit, §4): last, after
  // what the cycle asks for. Only rules that count semester credits have it.
  if (rule.cpePerSemesterCredit) {
    out.push({ key: 'cpePerSemesterCredit', kind: 'rate', sourced: rule.cpePerSemesterCredit });
  }
  return out;
}

type Mutable = { -readonly [K in keyof RuleOverrides]: RuleOverrides[K] };

/**
 * A copy of `overrides` with the number at `key` set to `value`, or removed when `value` is
 * undefined (back to the catalogue's number). Empty nested records are dropped.
 */
export function withOverride(
  overrides: RuleOverrides | undefined,
  key: RuleNumberKey,
  value: number | undefined,
): RuleOverrides {
  // Overrides are plain JSON data: a JSON round trip is a faithful deep copy.
  const next: Mutable = JSON.parse(JSON.stringify(overrides ?? {})) as Mutable;
  const [head, sub] = key.split(/\.(.*)/s) as [string, string | undefined];
  if (sub === undefined) {
    if (value === undefined) delete next[head as keyof Mutable];
    else (next as Record<string, unknown>)[head] = value;
    return next;
  }
  const record = { ...((next as Record<string, Record<string, number> | undefined>)[head] ?? {}) };
  if (value === undefined) delete record[sub];
  else record[sub] = value;
  if (Object.keys(record).length === 0) delete (next as Record<string, unknown>)[head];
  else (next as Record<string, unknown>)[head] = record;
  return next;
}

/** True when the user has replaced the catalogue's number at `key`. */
export function isOverridden(overrides: RuleOverrides | undefined, key: RuleNumberKey): boolean {
  const [head, sub] = key.split(/\.(.*)/s) as [string, string | undefined];
  const value = (overrides as Record<string, unknown> | undefined)?.[head];
  if (sub === undefined) return value !== undefined;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[sub] !== undefined
  );
}
