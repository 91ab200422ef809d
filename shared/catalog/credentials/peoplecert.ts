/**
 * PeopleCert (formerly AXELOS) PRINCE2 credentials (domain-facts.md §3): a renew-by date 3
 * years after the exam; renewed by an exam in the same suite or by 20 CPD points in each of
 * the 3 years (5 of them from professional experience). Not renewing makes the certificate
 * "not current" on the register; it is never revoked.
 */
import { cite, sourced } from './sources';
import type { CredentialRule, CycleEndRule, SourcedNumber } from './types';

/** The PRINCE2 product suite: PRINCE2, PRINCE2 Agile, MSP, MoP, P3O, M_o_R, MoV (§3, B). */
export const PPM_SUITE = 'project-programme-portfolio';

const renewBy: SourcedNumber = sourced<number | null>(36, 'B', cite.peopleCert, {
  disagreement: {
    facts: '§5.4',
    alternatives: [
      { value: null, source: 'Many training sites: PRINCE2 Foundation "never expires"' },
    ],
    chosenBecause:
      'PeopleCert gives every certificate issued since 1 Jan 2023, Foundation included, a renew-by date 3 years after the exam',
  },
});

/**
 * Foundation: renew-by dates began with exams from 1 Jan 2023 (§3, B, "Foundation
 * included"); many training sites still say a Foundation certificate never expires (§5.4). A
 * Foundation certificate from an earlier exam is read as having no renew-by date. Practitioner
 * certificates needed re-registering before 2023 too (PeopleCert's 2017 Practitioner
 * maintenance page, §6), so every Practitioner exam gives a renew-by date.
 */
const foundationRenewByFrom = sourced<string>('2023-01-01', 'B', cite.peopleCert, {
  disagreement: {
    facts: '§5.4',
    alternatives: [
      {
        // No exam day ever gives one: every Foundation certificate is "before" it.
        value: '9999-12-31',
        source: 'Many training sites: a PRINCE2 Foundation certificate never expires',
      },
    ],
    chosenBecause:
      'PeopleCert gives a renew-by date to certificates from exams on or after 1 Jan 2023, Foundation included',
  },
});

function peopleCertRule(
  id: string,
  acronym: string,
  name: string,
  renewByFrom?: CredentialRule['renewByFrom'],
): CredentialRule {
  return {
    id,
    acronym,
    name,
    body: 'PeopleCert',
    unit: 'CPD',
    cycleKind: 'peoplecert-renew-by',
    categoryScheme: 'peoplecert',
    suite: PPM_SUITE,
    scrumTrack: null,
    waysOfWorkingDefault: null,
    cycleMonths: renewBy,
    cycleEnd: sourced<CycleEndRule>('anniversary', 'B', cite.peopleCert, {
      note: 'renew-by = exam date + 3 years',
    }),
    total: sourced<number | null>(60, 'B', cite.peopleCert, {
      note: 'CPD route only: 20 points in each of the 3 years; an exam in the suite also renews',
    }),
    educationMin: null,
    areaMin: null,
    givingBackMax: null,
    practitionerMax: null,
    carryOverMax: null,
    carryOverWindowMonths: null,
    categories: null,
    periodic: {
      period: 'cycle-year',
      min: sourced<number | null>(20, 'B', cite.peopleCert),
      categoryMins: [
        {
          id: 'professional-experience',
          min: sourced<number | null>(5, 'C', cite.peopleCertCpd, {
            note: '"of the 20 a year, 5 from professional experience": read as a minimum, as the AXELOS CPD guide states',
          }),
          cap: null,
        },
      ],
    },
    multiTrackAddOn: null,
    suspensionMonths: null,
    recordRetentionMonths: null,
    ...(renewByFrom ? { renewByFrom } : {}),
  };
}

export const peopleCertCredentials: readonly CredentialRule[] = [
  peopleCertRule(
    'prince2-foundation',
    'PRINCE2 Foundation',
    'PRINCE2 Foundation',
    foundationRenewByFrom,
  ),
  peopleCertRule('prince2-practitioner', 'PRINCE2 Practitioner', 'PRINCE2 Practitioner'),
  peopleCertRule('prince2-agile', 'PRINCE2 Agile', 'PRINCE2 Agile Practitioner'),
];
