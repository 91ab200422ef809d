/**
 * Types of the built-in credential catalogue (DESIGN.md §4: "rules are data, functions
 * interpret them"). Every number carries its value, confidence and source so the UI can
 * answer "why this number?" (domain-facts.md, preamble), and any number can be overridden.
 */

/** A official page or handbook · B two agreeing secondary sources · C one · M unverified. */
export type Confidence = 'A' | 'B' | 'C' | 'M';

/** Another value a source gives where sources disagree (domain-facts.md §5). */
export interface Alternative<T> {
  value: T;
  source: string;
}

/** Why one value was chosen over others (domain-facts.md §5), with the §5 item it answers. */
export interface Disagreement<T> {
  facts: string;
  alternatives: readonly Alternative<T>[];
  chosenBecause: string;
}

/** Citation text used for a number the user typed in (see applyOverrides). */
export const USER_OVERRIDE = 'user override';
/** Citation text used for the numbers of a user-defined credential. */
export const USER_DEFINED = 'user-defined credential';

/**
 * A number (or other fact) with its provenance. `value: null` means "unknown": confidence
 * is then 'M' and the note says the user should configure it.
 */
export interface Sourced<T> {
  value: T;
  confidence: Confidence;
  /** Short citation: page or handbook, or USER_OVERRIDE / USER_DEFINED. */
  source: string;
  url?: string;
  /** Section of domain-facts.md the value comes from, e.g. '§1'. */
  facts?: string;
  note?: string;
  disagreement?: Disagreement<T>;
  /** Set by applyOverrides: the catalogue record the user's number replaced. */
  replaced?: Sourced<T>;
}

export type SourcedNumber = Sourced<number | null>;

export type BodyId =
  'PMI' | 'PeopleCert' | 'ScrumAlliance' | 'IIBA' | 'ISACA' | 'CompTIA' | 'custom';

/** Credit unit of a body; all of them are one hour of activity (domain-facts §1, §3, §4). */
export type CreditUnit = 'PDU' | 'CPD' | 'SEU' | 'CDU' | 'CPE' | 'hours' | 'none';

/**
 * How cycles are laid out (shared/domain/credentials/cycles.ts interprets each kind).
 * 'custom-months' is the generic anniversary cycle of a user-defined credential.
 */
export type CycleKind =
  | 'pmi-3y'
  | 'peoplecert-renew-by'
  | 'isaca-annual-and-3y'
  | 'scrum-2y'
  | 'iiba-3y'
  | 'lifetime'
  | 'annual'
  | 'custom-months';

/** PMI Talent Triangle areas since April 2022 (domain-facts §1, A). */
export const areas = ['waysOfWorking', 'powerSkills', 'businessAcumen'] as const;
export type Area = (typeof areas)[number];

/** Which category list an activity is sorted into for this credential. */
export type CategoryScheme = 'pmi' | 'iiba' | 'peoplecert' | 'none' | `custom:${string}`;

export interface CategoryRule {
  id: string;
  /** Only for user-defined categories; built-in ones are named by the UI from the id. */
  name?: string;
  min: SourcedNumber | null;
  cap: SourcedNumber | null;
}

export interface CategoriesRule {
  /** "At least N categories" (IIBA: 2 of 6). */
  minDistinct: SourcedNumber | null;
  list: readonly CategoryRule[];
}

/**
 * A minimum per sub-period of the cycle: ISACA's calendar years, PeopleCert's 12-month CPD
 * periods (with a per-period category minimum: 5 points of professional experience).
 */
export interface PeriodicRule {
  period: 'calendar-year' | 'cycle-year';
  min: SourcedNumber;
  categoryMins: readonly CategoryRule[];
}

/**
 * Where a cycle ends: the day before its anniversary (PMI worked examples) or on the
 * anniversary itself (PMI's "same date three years later" wording; PeopleCert's renew-by).
 */
export type CycleEndRule = 'day-before-anniversary' | 'anniversary';

export type ScrumTrack = 'scrum-master' | 'product-owner' | 'developer';
export type ScrumTier = 'foundational' | 'advanced' | 'professional';

/** The cycle rule record of one credential. Absent rules are null; unknown ones Sourced(null). */
export interface CredentialRule {
  id: string;
  acronym: string;
  name: string;
  body: BodyId;
  /** The body as the user named it (custom credentials); built-in ones use `body`. */
  bodyName?: string;
  unit: CreditUnit;
  cycleKind: CycleKind;
  categoryScheme: CategoryScheme;
  /** PeopleCert product suite: another exam in the same suite renews all (domain-facts §3). */
  suite: string | null;
  scrumTrack: { track: ScrumTrack; tier: ScrumTier } | null;
  /** PMI: whether Ways of Working counts whole by default ('all') or as the user allocates. */
  waysOfWorkingDefault: 'all' | 'chosen' | null;
  cycleMonths: SourcedNumber | null;
  cycleEnd: Sourced<CycleEndRule> | null;
  total: SourcedNumber | null;
  educationMin: SourcedNumber | null;
  areaMin: Readonly<Record<Area, SourcedNumber>> | null;
  givingBackMax: SourcedNumber | null;
  practitionerMax: SourcedNumber | null;
  carryOverMax: SourcedNumber | null;
  carryOverWindowMonths: SourcedNumber | null;
  categories: CategoriesRule | null;
  periodic: PeriodicRule | null;
  /** Scrum Alliance: half-rate SEUs this credential adds when another track leads. */
  multiTrackAddOn: SourcedNumber | null;
  /** Months the credential stays suspended after an unrenewed cycle end (0/null: none). */
  suspensionMonths: SourcedNumber | null;
  recordRetentionMonths: SourcedNumber | null;
  /**
   * PeopleCert: the first exam day whose certificate gets a renew-by date (a YYYY-MM-DD day).
   * A certificate from an earlier exam has none until a later exam in the suite, or a retake,
   * on or after it (shared/domain/credentials/cycles.ts). Absent: every certificate has one.
   */
  renewByFrom?: Sourced<string>;
  /**
   * ISACA: CPE hours a university or college course earns per semester credit (domain-facts
   * §4, A/B: 15). An activity logged with its semester credits counts that many hours for
   * each credit for a credential whose rule has this field, and its hours as entered for
   * every other (PMI has counted contact hours since 2011, §5.6). Absent: hours as entered.
   */
  cpePerSemesterCredit?: Sourced<number>;
  /**
   * The first certification day the catalogue's numbers are known to apply to (a YYYY-MM-DD
   * day): CAPM's row holds "since 1 Oct 2020" (domain-facts §1). For a credential earned
   * before it, the holder is told to check which rule applies; the numbers are still used.
   */
  ruleAppliesFrom?: Sourced<string>;
}
