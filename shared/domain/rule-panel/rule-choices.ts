/**
 * The rules of a credential that are a choice between conventions rather than a number, for
 * the "why this number?" panel (domain-facts.md §5: where sources disagree, decide visibly and
 * let the user override, per credential). The catalogue has one such rule: where a cycle
 * ends. For PMI sources disagree (§5.1): PMI's worked examples end the cycle the day before
 * the third anniversary, its wording says "the same date three years later". Every credential
 * whose cycles end on an anniversary offers the same choice, so a body that changes its
 * convention can be followed without waiting for a new catalogue.
 */
import type {
  Confidence,
  CredentialRule,
  CycleEndRule,
  RuleOverrides,
  Sourced,
} from '../../catalog/credentials';

/** Every cycle-end convention the cycle layouts understand (shared/domain/credentials). */
export const cycleEndRules: readonly CycleEndRule[] = ['day-before-anniversary', 'anniversary'];

export type RuleChoiceKey = 'cycleEnd';

export interface ChoiceOption {
  value: CycleEndRule;
  /** Who gives this reading; null when no source does (the user may still choose it). */
  source: string | null;
  /** The catalogue's confidence in its own reading; null for the other readings. */
  confidence: Confidence | null;
  /** True for the catalogue's reading. */
  catalogue: boolean;
}

export interface RuleChoice {
  key: RuleChoiceKey;
  /** The convention in use: the catalogue's, or the user's when overridden. */
  chosen: Sourced<CycleEndRule>;
  /** The catalogue's record, whatever the user chose. */
  catalogue: Sourced<CycleEndRule>;
  /** True when the user replaced the catalogue's convention for this credential. */
  overridden: boolean;
  /** True when the catalogue records that sources disagree (§5). */
  disputed: boolean;
  /** The catalogue's reading first, then the others, each with its source where known. */
  options: ChoiceOption[];
  /** The reading not in use: what choosing "the other" switches to. */
  other: ChoiceOption;
}

function optionsOf(catalogue: Sourced<CycleEndRule>): ChoiceOption[] {
  const alternatives = catalogue.disagreement?.alternatives ?? [];
  const others = cycleEndRules
    .filter((value) => value !== catalogue.value)
    .map((value) => ({
      value,
      source: alternatives.find((a) => a.value === value)?.source ?? null,
      confidence: null,
      catalogue: false,
    }));
  return [
    {
      value: catalogue.value,
      source: catalogue.source,
      confidence: catalogue.confidence,
      catalogue: true,
    },
    ...others,
  ];
}

/**
 * The convention choices of a rule, for the panel (domain-facts.md §5.1 for PMI's cycle end;
 * README "How the continuing-education rules are read": cycle end). Rules without a cycle end
 * (lifetime credentials, ISACA's calendar periods) have none. Expects the rule after
 * applyOverrides: an overridden record carries the catalogue's in `replaced`.
 */
export function ruleChoices(rule: CredentialRule): RuleChoice[] {
  const chosen = rule.cycleEnd;
  if (!chosen || rule.cycleKind === 'lifetime') return [];
  const catalogue = chosen.replaced ?? chosen;
  const options = optionsOf(catalogue);
  const other = options.find((o) => o.value !== chosen.value) ?? options[0]!;
  return [
    {
      key: 'cycleEnd',
      chosen,
      catalogue,
      overridden: chosen.replaced !== undefined,
      disputed: (catalogue.disagreement?.alternatives.length ?? 0) > 0,
      options,
      other,
    },
  ];
}

/**
 * A copy of `overrides` with the convention at `key` set to `value`; choosing the catalogue's
 * own reading (or undefined) removes the override, so "back to the catalogue" and "choose the
 * catalogue's reading" are one stored state.
 */
export function withChoice(
  overrides: RuleOverrides | undefined,
  choice: Pick<RuleChoice, 'key' | 'catalogue'>,
  value: CycleEndRule | undefined,
): RuleOverrides {
  const next: RuleOverrides = { ...(overrides ?? {}) };
  if (value === undefined || value === choice.catalogue.value) delete next[choice.key];
  else next[choice.key] = value;
  return next;
}
