/**
 * Scrum Alliance, IIBA, ISACA and CompTIA credentials (domain-facts.md §4).
 */
import { iibaCategories } from './activity-types';
import { cite, sourced } from './sources';
import type {
  CategoriesRule,
  CredentialRule,
  CycleEndRule,
  ScrumTier,
  ScrumTrack,
  Sourced,
  SourcedNumber,
} from './types';

/** Ascent's convention where a body publishes only "N years" (same as PMI's examples). */
const dayBefore = (citation: typeof cite.scrumAlliance | typeof cite.iiba): Sourced<CycleEndRule> =>
  sourced<CycleEndRule>('day-before-anniversary', 'M', citation, {
    note: 'the body says only "N years"; Ascent ends the cycle the day before the anniversary, as PMI does',
  });

const empty = {
  suite: null,
  scrumTrack: null,
  waysOfWorkingDefault: null,
  educationMin: null,
  areaMin: null,
  givingBackMax: null,
  practitionerMax: null,
  carryOverMax: null,
  carryOverWindowMonths: null,
  categories: null,
  periodic: null,
  multiTrackAddOn: null,
  suspensionMonths: null,
  recordRetentionMonths: null,
} as const;

const scrumTotals: Record<ScrumTier, [number, number]> = {
  foundational: [20, 10],
  advanced: [30, 15],
  professional: [40, 20],
};

function scrumRule(id: string, acronym: string, name: string, track: ScrumTrack, tier: ScrumTier) {
  const [total, addOn] = scrumTotals[tier];
  return {
    ...empty,
    id,
    acronym,
    name,
    body: 'ScrumAlliance',
    unit: 'SEU',
    cycleKind: 'scrum-2y',
    categoryScheme: 'none',
    scrumTrack: { track, tier },
    cycleMonths: sourced<number | null>(24, 'A', cite.scrumAlliance),
    cycleEnd: dayBefore(cite.scrumAlliance),
    total: sourced<number | null>(total, 'A', cite.scrumAlliance),
    multiTrackAddOn: sourced<number | null>(addOn, 'A', cite.scrumAlliance, {
      note: 'half-rate SEUs added for this track when another track sets the base',
    }),
  } satisfies CredentialRule;
}

const iibaCaps: Record<(typeof iibaCategories)[number], number> = {
  academic: 30,
  'professional-development': 30,
  'professional-activities': 30,
  'self-directed': 15,
  volunteer: 30,
  'professional-experience': 25,
};

const iibaCategoryRules: CategoriesRule = {
  minDistinct: sourced<number | null>(2, 'B', cite.iiba),
  list: iibaCategories.map((id) => ({
    id,
    min: null,
    cap: sourced<number | null>(iibaCaps[id], 'B', cite.iiba, {
      note: 'from pre-2020 handbook text; check the current handbook and override if it differs',
    }),
  })),
};

function iibaRule(id: string, acronym: string, name: string): CredentialRule {
  return {
    ...empty,
    id,
    acronym,
    name,
    body: 'IIBA',
    unit: 'CDU',
    cycleKind: 'iiba-3y',
    categoryScheme: 'iiba',
    cycleMonths: sourced<number | null>(36, 'B', cite.iiba),
    cycleEnd: dayBefore(cite.iiba),
    total: sourced<number | null>(60, 'B', cite.iiba),
    categories: iibaCategoryRules,
    suspensionMonths: sourced<number | null>(12, 'B', cite.iiba),
  };
}

const isacaRetention: SourcedNumber = sourced<number | null>(12, 'B', cite.isaca, {
  note: 'kept 12 months after the end of the 3-year period',
});

/**
 * ISACA's university-course rate (domain-facts §4, A/B): 15 CPE hours per semester credit.
 * §5.6: PMI used the same rate for PDUs until 2011 and now counts contact hours, so the rate
 * is ISACA's alone.
 */
export const isacaCpePerSemesterCredit: Sourced<number> = sourced(15, 'B', cite.isaca, {
  facts: '§4, §5.6',
  note: 'a university or college course earns 15 CPE hours for each semester credit',
});

function isacaRule(id: string, acronym: string, name: string): CredentialRule {
  return {
    ...empty,
    id,
    acronym,
    name,
    body: 'ISACA',
    unit: 'CPE',
    cycleKind: 'isaca-annual-and-3y',
    categoryScheme: 'none',
    cycleMonths: sourced<number | null>(36, 'A', cite.isaca, {
      note: 'fixed 3-year period from 1 January of the year after certification (ISACA CPE policy, M)',
    }),
    cycleEnd: null,
    total: sourced<number | null>(120, 'A', cite.isaca),
    periodic: {
      period: 'calendar-year',
      min: sourced<number | null>(20, 'A', cite.isaca),
      categoryMins: [],
    },
    recordRetentionMonths: isacaRetention,
    cpePerSemesterCredit: isacaCpePerSemesterCredit,
  };
}

export const scrumAllianceCredentials: readonly CredentialRule[] = [
  scrumRule('csm', 'CSM', 'Certified ScrumMaster', 'scrum-master', 'foundational'),
  scrumRule('cspo', 'CSPO', 'Certified Scrum Product Owner', 'product-owner', 'foundational'),
  scrumRule('csd', 'CSD', 'Certified Scrum Developer', 'developer', 'foundational'),
  scrumRule('a-csm', 'A-CSM', 'Advanced Certified ScrumMaster', 'scrum-master', 'advanced'),
  scrumRule(
    'a-cspo',
    'A-CSPO',
    'Advanced Certified Scrum Product Owner',
    'product-owner',
    'advanced',
  ),
  scrumRule(
    'csp-sm',
    'CSP-SM',
    'Certified Scrum Professional – ScrumMaster',
    'scrum-master',
    'professional',
  ),
  scrumRule(
    'csp-po',
    'CSP-PO',
    'Certified Scrum Professional – Product Owner',
    'product-owner',
    'professional',
  ),
];

export const iibaCredentials: readonly CredentialRule[] = [
  iibaRule('cbap', 'CBAP', 'Certified Business Analysis Professional'),
  iibaRule('ccba', 'CCBA', 'Certification of Capability in Business Analysis'),
];

export const isacaCredentials: readonly CredentialRule[] = [
  isacaRule('cisa', 'CISA', 'Certified Information Systems Auditor'),
  isacaRule('cism', 'CISM', 'Certified Information Security Manager'),
  isacaRule('crisc', 'CRISC', 'Certified in Risk and Information Systems Control'),
  isacaRule('cgeit', 'CGEIT', 'Certified in the Governance of Enterprise IT'),
];

export const comptiaCredentials: readonly CredentialRule[] = [
  {
    ...empty,
    id: 'comptia-project-plus',
    acronym: 'Project+',
    name: 'CompTIA Project+',
    body: 'CompTIA',
    unit: 'none',
    cycleKind: 'lifetime',
    categoryScheme: 'none',
    cycleMonths: sourced<number | null>(null, 'B', cite.comptia, {
      note: 'valid for life: no cycle',
    }),
    cycleEnd: null,
    total: null,
  },
];
