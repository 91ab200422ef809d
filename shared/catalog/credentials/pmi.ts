/**
 * PMI credentials and their CCR cycle rules (domain-facts.md §1). Three requirement tiers
 * share one table row each; PMI-PMOCP and Disciplined Agile publish no renewal numbers, so
 * theirs are unknown and configurable.
 */
import { cite, sourced, unknownNumber } from './sources';
import type { Confidence, CredentialRule, CycleEndRule, Sourced, SourcedNumber } from './types';

const SOURCE_PMI_WORDING = 'PMI CCR wording: "the same date three years later"';

/** Domain-facts §5.1: the end date convention, with the alternative PMI's wording gives. */
export const pmiCycleEnd: Sourced<CycleEndRule> = sourced<CycleEndRule>(
  'day-before-anniversary',
  'B',
  cite.pmiCycleDates,
  {
    disagreement: {
      facts: '§5.1',
      alternatives: [{ value: 'anniversary', source: SOURCE_PMI_WORDING }],
      chosenBecause:
        "PMI's own worked examples (3 Feb 2017 → 2 Feb 2020; 15 Sep 2009 → 14 Sep 2012) end the day before, and the next cycle starts on the anniversary without overlap",
    },
  },
);

const retention: SourcedNumber = sourced<number | null>(18, 'A', cite.pmiCcr, {
  facts: '§1 "records"',
  disagreement: {
    facts: '§5.3',
    alternatives: [{ value: 12, source: 'Older CCR handbook text' }],
    chosenBecause: 'The current handbook says 18 months; keeping evidence longer is harmless',
  },
});

interface TierNumbers {
  total: [number, Confidence];
  education: [number, Confidence];
  area: [number, Confidence];
  givingBack: [number, Confidence];
  practitioner: [number, Confidence];
  carryOver: [number, Confidence] | null;
}

function carryOverCap(numbers: TierNumbers['carryOver']): SourcedNumber {
  if (!numbers) {
    return unknownNumber(cite.pmiCcr, {
      facts: '§1, §5.2',
      note: 'make configurable: no source gives this cap',
    });
  }
  return sourced<number | null>(numbers[0], numbers[1], cite.pmiCcr, {
    facts: '§1, §5.2',
    disagreement: {
      facts: '§5.2',
      alternatives: [{ value: null, source: 'Current PMI pages publish no carry-over cap' }],
      chosenBecause:
        'Only older texts give a cap; using it is the cautious reading. Override if PMI says otherwise',
    },
  });
}

function n(value: [number, Confidence]): SourcedNumber {
  return sourced<number | null>(value[0], value[1], cite.pmiCcr);
}

function area(value: [number, Confidence]): SourcedNumber {
  return sourced<number | null>(value[0], value[1], cite.pmiTalentTriangle);
}

function pmiRule(
  id: string,
  acronym: string,
  name: string,
  tier: TierNumbers,
  waysOfWorkingDefault: 'all' | 'chosen',
): CredentialRule {
  return {
    id,
    acronym,
    name,
    body: 'PMI',
    unit: 'PDU',
    cycleKind: 'pmi-3y',
    categoryScheme: 'pmi',
    suite: null,
    scrumTrack: null,
    waysOfWorkingDefault,
    cycleMonths: sourced<number | null>(36, 'B', cite.pmiCycleDates),
    cycleEnd: pmiCycleEnd,
    total: n(tier.total),
    educationMin: n(tier.education),
    areaMin: {
      waysOfWorking: area(tier.area),
      powerSkills: area(tier.area),
      businessAcumen: area(tier.area),
    },
    givingBackMax: n(tier.givingBack),
    practitionerMax: n(tier.practitioner),
    carryOverMax: carryOverCap(tier.carryOver),
    carryOverWindowMonths: sourced<number | null>(12, 'B', cite.pmiCcr),
    categories: null,
    periodic: null,
    multiTrackAddOn: null,
    suspensionMonths: sourced<number | null>(12, 'B', cite.pmiCycleDates),
    recordRetentionMonths: retention,
  };
}

/** PMP row of the §1 table: totals A, the rest B. */
const pmpTier: TierNumbers = {
  total: [60, 'A'],
  education: [35, 'B'],
  area: [8, 'B'],
  givingBack: [25, 'B'],
  practitioner: [8, 'B'],
  carryOver: [20, 'B'],
};

/** PMI-ACP / RMP / SP row: B (only the PMP row's totals are A); ACP's carry-over M. */
const specialistTier: TierNumbers = {
  total: [30, 'B'],
  education: [18, 'B'],
  area: [4, 'B'],
  givingBack: [12, 'B'],
  practitioner: [4, 'B'],
  carryOver: [10, 'B'],
};

/** CAPM since 1 Oct 2020: B, area minimums and practitioner C, carry-over unknown. */
const capmTier: TierNumbers = {
  total: [15, 'B'],
  education: [9, 'B'],
  area: [2, 'C'],
  givingBack: [6, 'B'],
  practitioner: [2, 'C'],
  carryOver: null,
};

function unknownPmiRule(id: string, acronym: string, name: string, months: [number, Confidence]) {
  const citation = id === 'pmi-pmocp' ? cite.pmiPmocp : cite.pmiDisciplinedAgile;
  const unknown = () => unknownNumber(citation);
  const rule = pmiRule(id, acronym, name, pmpTier, 'chosen');
  return {
    ...rule,
    cycleKind: months[0] === 12 ? 'annual' : 'pmi-3y',
    cycleMonths: sourced<number | null>(months[0], months[1], citation),
    cycleEnd: sourced<CycleEndRule>('day-before-anniversary', 'M', citation, {
      note: 'assumed to follow the PMI CCR convention',
    }),
    total: unknown(),
    educationMin: unknown(),
    areaMin: { waysOfWorking: unknown(), powerSkills: unknown(), businessAcumen: unknown() },
    givingBackMax: unknown(),
    practitionerMax: unknown(),
    carryOverMax: unknown(),
    // Not published for these (§1): PMI CCR's numbers, marked as assumed.
    carryOverWindowMonths: sourced<number | null>(12, 'M', citation, {
      note: 'assumed from PMI CCR',
    }),
    suspensionMonths:
      months[0] === 12
        ? null
        : sourced<number | null>(12, 'M', citation, { note: 'assumed from PMI CCR' }),
    recordRetentionMonths: sourced<number | null>(18, 'M', citation, {
      note: 'assumed from PMI CCR',
    }),
  } satisfies CredentialRule;
}

/**
 * CAPM's subject is the same general project management as PMP's, so its Ways of Working
 * counts whole by default like PMP's (Ascent decision); all other PMI credentials take only
 * the Ways of Working hours the user allocates to them (domain-facts §1, B).
 */
export const pmiCredentials: readonly CredentialRule[] = [
  {
    ...pmiRule('capm', 'CAPM', 'Certified Associate in Project Management', capmTier, 'all'),
    // §1 gives CAPM's row "since 1 Oct 2020" and nothing for earlier certificates.
    ruleAppliesFrom: sourced<string>('2020-10-01', 'B', cite.pmiCcr, {
      note: 'The facts give no rule for CAPM certificates from before this day',
    }),
  },
  pmiRule('pmp', 'PMP', 'Project Management Professional', pmpTier, 'all'),
  pmiRule('pgmp', 'PgMP', 'Program Management Professional', pmpTier, 'chosen'),
  pmiRule('pfmp', 'PfMP', 'Portfolio Management Professional', pmpTier, 'chosen'),
  pmiRule('pmi-pba', 'PMI-PBA', 'PMI Professional in Business Analysis', pmpTier, 'chosen'),
  {
    ...pmiRule('pmi-acp', 'PMI-ACP', 'PMI Agile Certified Practitioner', specialistTier, 'chosen'),
    carryOverMax: sourced<number | null>(10, 'M', cite.pmiCcr, {
      facts: '§1, §5.2',
      note: 'No source gives the PMI-ACP cap; the RMP/SP figure is assumed. Make configurable',
    }),
  },
  pmiRule('pmi-rmp', 'PMI-RMP', 'PMI Risk Management Professional', specialistTier, 'chosen'),
  pmiRule('pmi-sp', 'PMI-SP', 'PMI Scheduling Professional', specialistTier, 'chosen'),
  unknownPmiRule('pmi-pmocp', 'PMI-PMOCP', 'PMO Certified Professional', [36, 'M']),
  unknownPmiRule('disciplined-agile', 'DA', 'Disciplined Agile (DASM, DASSM, DAC, DAVSC)', [
    12,
    'C',
  ]),
];
