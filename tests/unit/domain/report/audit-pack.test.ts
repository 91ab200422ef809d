// The audit pack's layout and the records' keep-until date (domain-facts §1 "records").
import { describe, expect, it } from 'vitest';
import { applyOverrides, credentialCatalog } from '../../../../shared/catalog/credentials';
import type { ClaimRow, HowCounted } from '../../../../shared/domain/claims';
import { planAuditPack, recordsRetainUntil, safeName } from '../../../../shared/domain/report';

const catalogued = (id: string) => credentialCatalog.find((r) => r.id === id)!;
const overridden = (id: string, months: number) => {
  const r = applyOverrides(catalogued(id), { recordRetentionMonths: months });
  if (!r.ok) throw new Error('override refused');
  return r.value;
};

describe('recordsRetainUntil: the rule’s record-keeping period after the cycle ends', () => {
  it.each([
    ['PMP: 18 months (§1 "records")', catalogued('pmp'), '2028-01-14', '2029-07-14', 18, 'body'],
    ['PMP: a month-end clamps', catalogued('pmp'), '2026-08-31', '2028-02-29', 18, 'body'],
    ['PMP: across a year', catalogued('pmp'), '2027-12-31', '2029-06-30', 18, 'body'],
    [
      'CISA: 12 months after the 3-year period (§4)',
      catalogued('cisa'),
      '2027-12-31',
      '2028-12-31',
      12,
      'body',
    ],
    [
      'PMI-PMOCP: PMI publishes none; PMI CCR’s 18 months assumed',
      catalogued('pmi-pmocp'),
      '2027-12-31',
      '2029-06-30',
      18,
      'assumed',
    ],
    [
      'PMP with the older 12 months (§5.3) set by the user',
      overridden('pmp', 12),
      '2028-01-14',
      '2029-01-14',
      12,
      'yours',
    ],
  ] as const)('%s', (_name, rule, end, until, months, basis) => {
    expect(recordsRetainUntil(rule.recordRetentionMonths, end)).toEqual({
      until,
      months,
      basis,
    });
  });

  it.each([['prince2-foundation'], ['csm'], ['cbap']])(
    '%s: no period known, so none given',
    (id) => {
      expect(recordsRetainUntil(catalogued(id).recordRetentionMonths, '2027-12-31')).toBeNull();
    },
  );
});

describe('safeName', () => {
  it.each([
    ['certificate.pdf', 'certificate.pdf'],
    ['scan: page/1.png', 'scan- page-1.png'],
    ['..\\..\\evil', 'evil'],
    ['   ', 'file'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('%s → %s', (input, expected) => {
    expect(safeName(input, 'file')).toBe(expected);
  });
});

const row = (activityId: string, date: string, title: string, total: number): ClaimRow => ({
  activityId,
  provider: 'PMI',
  activityTitle: title,
  startDate: date,
  completionDate: date,
  type: 'course-or-training',
  category: null,
  counted: {
    total,
    byArea: { waysOfWorking: total, powerSkills: 0, businessAcumen: 0 },
    education: total,
    givingBack: 0,
    general: 0,
    practitioner: false,
    category: null,
  },
  claimCode: '',
  claimStatus: 'earned',
});

describe('planAuditPack', () => {
  const plan = planAuditPack(
    catalogued('pmp'),
    { start: '2025-01-15', end: '2028-01-14' },
    [
      row('a', '2025-03-10', 'Risk workshop', 8),
      row('b', '2025-04-01', 'Agile: day/2', 2),
      row('c', '2025-05-01', 'Reading', 1),
    ],
    [
      { id: 'e1', activityId: 'a', name: 'certificate.pdf' },
      { id: 'e2', activityId: 'a', name: 'Certificate.pdf' },
      { id: 'e3', activityId: 'b', name: 'notes.txt' },
      { id: 'e4', activityId: 'zz', name: 'not claimed.pdf' },
    ],
  );

  it('names the zip after the cycle and puts the claim CSV beside the index', () => {
    expect(plan.zipName).toBe('PMP-cycle-2025-01-15-to-2028-01-14-audit-pack.zip');
    expect(plan.csvPath).toBe('PMP-cycle-2025-01-15-to-2028-01-14.csv');
    expect(plan.retention).toEqual({ until: '2029-07-14', months: 18, basis: 'body' });
  });

  it('gives each claimed activity a folder; same names get a number; unclaimed files stay out', () => {
    expect(plan.files).toEqual([
      {
        evidenceId: 'e1',
        activityId: 'a',
        path: 'evidence/001-2025-03-10-Risk workshop/certificate.pdf',
      },
      {
        evidenceId: 'e2',
        activityId: 'a',
        path: 'evidence/001-2025-03-10-Risk workshop/Certificate (2).pdf',
      },
      { evidenceId: 'e3', activityId: 'b', path: 'evidence/002-2025-04-01-Agile- day-2/notes.txt' },
    ]);
    expect(plan.withoutEvidence).toEqual(['c']);
  });

  it('indexes every claimed activity with its files', () => {
    expect(plan.index.header).toEqual([
      'Row',
      'Completion date',
      'Activity',
      'Provider',
      'Total (PDUs)',
      'Claim code',
      'Evidence files',
      'Evidence paths',
    ]);
    expect(plan.index.rows[0]).toEqual([
      1,
      '2025-03-10',
      'Risk workshop',
      'PMI',
      8,
      '',
      2,
      'evidence/001-2025-03-10-Risk workshop/certificate.pdf; evidence/001-2025-03-10-Risk workshop/Certificate (2).pdf',
    ]);
    expect(plan.index.rows[2]).toEqual([3, '2025-05-01', 'Reading', 'PMI', 1, '', 0, '']);
  });
});

// Issue 6 part 1: a course's certificate file backs the credit entry the course earned.
describe('planAuditPack with a course certificate', () => {
  const plan = planAuditPack(
    catalogued('pmp'),
    { start: '2025-01-15', end: '2028-01-14' },
    [row('a', '2025-03-10', 'Risk workshop', 8), row('c', '2025-05-01', 'Agile course', 21)],
    [
      { id: 'e1', activityId: 'a', name: 'cert.pdf' },
      { id: 'k1:a', activityId: 'a', name: 'cert.pdf', origin: 'course-certificate' },
      { id: 'k2:c', activityId: 'c', name: 'agile/cert.pdf', origin: 'course-certificate' },
    ],
  );

  it('names the certificate as the course’s, beside the activity’s own evidence', () => {
    expect(plan.files.map((f) => f.path)).toEqual([
      'evidence/001-2025-03-10-Risk workshop/cert.pdf',
      'evidence/001-2025-03-10-Risk workshop/Course certificate - cert.pdf',
      'evidence/002-2025-05-01-Agile course/Course certificate - agile-cert.pdf',
    ]);
    expect(plan.index.rows[1]?.slice(6)).toEqual([
      1,
      'evidence/002-2025-05-01-Agile course/Course certificate - agile-cert.pdf',
    ]);
  });

  it('counts the certificate as evidence: no activity is left without', () => {
    expect(plan.withoutEvidence).toEqual([]);
  });
});

// ISACA counts a university course by its semester credits (domain-facts §4): the index says
// how beside the total, in the words the caller gives (here marked to tell them from codes).
describe('planAuditPack: a course counted by its semester credits', () => {
  const words = ({ credits: c, reasons }: HowCounted) =>
    [`H:${c.credits}×${c.perCredit}=${c.hours}`, ...reasons.map((r) => r.code)].join(' ');
  const cisaRow = (
    id: string,
    date: string,
    title: string,
    total: number,
    howCounted?: HowCounted,
  ): ClaimRow => ({ ...row(id, date, title, total), provider: 'University', howCounted });
  const cycle = { start: '2023-01-01', end: '2025-12-31' };
  const rows = [
    cisaRow('a', '2024-03-01', 'IT governance', 45, {
      credits: { credits: 3, perCredit: 15, hours: 45 },
      reasons: [],
    }),
    cisaRow('b', '2024-04-01', 'Risk webinar', 2),
    cisaRow('c', '2024-05-01', 'Audit analytics', 20, {
      credits: { credits: 2, perCredit: 10, hours: 20 },
      reasons: [],
    }),
  ];

  it.each<[string, number, string]>([
    ['ISACA’s 15 a credit', 0, 'H:3×15=45'],
    ['hours as logged: empty', 1, ''],
    ['the holder’s own number', 2, 'H:2×10=20'],
  ])('%s', (_name, i, note) => {
    const plan = planAuditPack(catalogued('cisa'), cycle, rows, [], words);
    expect(plan.index.header.slice(4)).toEqual([
      'Total (CPEs)',
      'Claim code',
      'Evidence files',
      'Evidence paths',
      'How counted',
    ]);
    expect([plan.index.rows[i]?.[4], plan.index.rows[i]?.at(-1)]).toEqual([
      rows[i]!.counted.total,
      note,
    ]);
  });

  it('adds nothing to an index where no course counted by its credits (PMP)', () => {
    const index = (credential: string, claimed: ClaimRow[]) =>
      planAuditPack(catalogued(credential), cycle, claimed, [], words).index;
    const pmp = index('pmp', [row('b', '2024-04-01', 'Risk webinar', 2)]);
    const cisa = index('cisa', rows);
    expect([pmp.header.at(-1), cisa.header.at(-1)]).toEqual(['Evidence paths', 'How counted']);
    expect(pmp.rows).toEqual([[1, '2024-04-01', 'Risk webinar', 'PMI', 2, '', 0, '']]);
  });
});
