/**
 * Citations used by the catalogue (domain-facts.md §6 for the URLs) and small builders for
 * sourced numbers, so every catalogue entry reads as "value, confidence, where from".
 */
import type { Confidence, Sourced, SourcedNumber } from './types';

export interface Citation {
  source: string;
  url?: string;
  facts: string;
}

export const cite = {
  pmiCcr: {
    source:
      'PMI Continuing Certification Requirements (CCR) handbook, as summarised by PMI chapters and training providers',
    url: 'http://www.pmi.org/certifications/maintain/maintain-certification-faq',
    facts: '§1',
  },
  pmiFaq: {
    source: 'PMI maintain-certification FAQ',
    url: 'http://www.pmi.org/certifications/maintain/maintain-certification-faq',
    facts: '§1',
  },
  pmiTalentTriangle: {
    source: 'PMI Talent Triangle page',
    url: 'https://www.pmi.org/certifications/certification-resources/maintain/talent-triangle',
    facts: '§1',
  },
  pmiCycleDates: {
    source: 'PMI CCR handbook worked examples (exam 3 Feb 2017 → renew by 2 Feb 2020)',
    url: 'http://www.pmi.org/certifications/maintain/maintain-certification-faq',
    facts: '§1 "Cycle dates and status"',
  },
  pmiPmocp: {
    source: 'PMI-PMOCP certification page (eligibility only; renewal not published)',
    url: 'https://www.pmi.org/certifications/pmo-certified-professional-pmi-pmocp',
    facts: '§1',
  },
  pmiDisciplinedAgile: {
    source: 'One secondary source on Disciplined Agile renewal',
    facts: '§1',
  },
  peopleCert: {
    source: 'PeopleCert renew-by rules since 1 Jan 2023 (training providers)',
    url: 'https://www.axelos.com/certifications/prince2/maintaining-prince2-practitioner-certification',
    facts: '§3',
  },
  peopleCertCpd: {
    source:
      'AXELOS membership CPD guide (Sureskills): 20 points a year, 5 from professional experience',
    url: 'https://sureskills.com/Resources/Archive/ArtMID/1968/ArticleID/56/Get-Additional-Benefits-from-Your-PRINCE2-Certification-with-CPD-Membership',
    facts: '§3',
  },
  scrumAlliance: {
    source: 'Scrum Alliance renewal requirements',
    url: 'https://certification.scrumalliance.org/renewal-requirements',
    facts: '§4',
  },
  iiba: {
    source: 'IIBA recertification handbook (pre-2020 text for category caps)',
    facts: '§4',
  },
  isaca: {
    source: 'ISACA CPE policy and annual CPE audit page',
    url: 'https://www.isaca.org/Certification/Additional-Resources/Pages/Annual-CPE-Audit.aspx',
    facts: '§4',
  },
  comptia: { source: 'CompTIA Project+ (valid for life)', facts: '§4' },
  ascent: {
    source: 'Ascent default: no published figure; set your own',
    facts: '—',
  },
} as const satisfies Record<string, Citation>;

export const MAKE_CONFIGURABLE = 'make configurable';

/** A known number from a citation. */
export function sourced<T>(
  value: T,
  confidence: Confidence,
  citation: Citation,
  extra: Partial<Sourced<T>> = {},
): Sourced<T> {
  const base: Sourced<T> = { value, confidence, source: citation.source, facts: citation.facts };
  if (citation.url) base.url = citation.url;
  return { ...base, ...extra };
}

/** A number nobody publishes: null, confidence M, "make configurable". */
export function unknownNumber(
  citation: Citation,
  extra: Partial<SourcedNumber> = {},
): SourcedNumber {
  return sourced<number | null>(null, 'M', citation, { note: MAKE_CONFIGURABLE, ...extra });
}
