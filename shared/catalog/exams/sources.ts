/** Citations of the exam rules and formats (domain-facts.md §2, §3 and §6). */
import type { Citation } from '../credentials/sources';

export const examCite = {
  pmiHandbooks: {
    source: 'PMI certification handbooks, as summarised by PMI chapters and training providers',
    facts: '§2',
  },
  pmpGac: {
    source: 'One training provider on the PMP path for GAC-accredited degrees',
    facts: '§2',
  },
  pmiAcp: {
    source: 'One secondary source on the current PMI-ACP eligibility (verify)',
    facts: '§2, §5.5',
  },
  pfmp: {
    source: 'PMI PfMP exam page',
    url: 'https://www.pmi.org/shop/tc/p-/digital-product/portfolio-management-professional-(pfmp)-exam/6700050',
    facts: '§2',
  },
  pmocp: {
    source: 'PMI-PMOCP certification page',
    url: 'https://www.pmi.org/certifications/pmo-certified-professional-pmi-pmocp',
    facts: '§2',
  },
  prince2: {
    source: 'One training provider on PeopleCert PRINCE2 Practitioner prerequisites',
    facts: '§2',
  },
  prince2Seven: {
    source:
      'PeopleCert PRINCE2 7 exam formats and edition changes, as summarised by training providers',
    facts: '§3',
  },
  pmiApplication: {
    source: 'PMI handbooks: an approved application lasts one year, up to three attempts',
    facts: '§2',
  },
} as const satisfies Record<string, Citation>;
