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
  const a = (n: number) => 'a'.repeat(n);
  it.each([
    ['kept as it is', 'certificate.pdf', 'certificate.pdf'],
    ['unsafe characters become dashes', 'scan: page/1.png', 'scan- page-1.png'],
    ['no leading dots', '..\\..\\evil', 'evil'],
    ['nothing left: the fallback', '   ', 'file'],
    ['no extension: cut at 80', a(100), a(80)],
    // A long name is shortened before its extension, so the file still opens as what it is.
    ['a long PDF stays a PDF', `${a(90)}.pdf`, `${a(76)}.pdf`],
    ['84 characters with the extension', `${a(80)}.pdf`, `${a(76)}.pdf`],
    ['80 characters with the extension: as it is', `${a(76)}.pdf`, `${a(76)}.pdf`],
    ['a longer extension', `${a(90)}.JPEG`, `${a(75)}.JPEG`],
    // The cut never leaves a space or a dot at the end (Windows cannot open such a name).
    ['a cut after a space', `${a(74)} ${'b'.repeat(20)}.docx`, `${a(74)}.docx`],
    ['a cut after spaces and dots', `${a(72)} . . ${'b'.repeat(20)}.pdf`, `${a(72)}.pdf`],
    ['no extension, a cut after a space', `${a(79)} two of three`, a(79)],
    ['no extension, a cut after dots', `${a(77)}... and more`, a(77)],
    // Not an extension (too long, or words after the dot): cut as a name without one.
    ['too long for an extension', `${a(90)}.thisisnotanextension`, a(80)],
    ['words after the dot', `${a(90)}. Part two`, a(80)],
    ['short: a space before the extension is kept', 'a .pdf', 'a .pdf'],
    // Counted in characters: an emoji is never cut in two.
    ['an emoji is not split', `${a(79)}😀😀`, `${a(79)}😀`],
  ])('%s', (_name, input, expected) => {
    expect(safeName(input, 'file')).toBe(expected);
  });

  // A folder named after an activity's title has no extension to keep.
  it.each([
    ['a title ending like a file name', `${a(90)}.pdf`, a(80)],
    ['a dot inside is kept', `Version 2.0 ${a(80)}`, `Version 2.0 ${a(68)}`],
    ['a cut after a space', `${a(79)} v1.2`, a(79)],
    ['nothing left: the fallback', '   ', 'activity'],
  ])('a folder: %s', (_name, input, expected) => {
    expect(safeName(input, 'activity', { keepExtension: false })).toBe(expected);
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

describe('planAuditPack: long names', () => {
  const longFile =
    'Certificate of completion - PMI Global Congress 2025 - Risk Management in Complex Programmes.pdf';
  const plan = planAuditPack(
    catalogued('pmp'),
    { start: '2025-01-15', end: '2028-01-14' },
    // 79 characters, then a space: what a cut at 80 leaves at the end.
    [row('a', '2025-03-10', `${'x'.repeat(79)} two of three`, 8)],
    [
      { id: 'e1', activityId: 'a', name: longFile },
      // The same first 76 characters: shortened alike, then told apart by a number.
      { id: 'e2', activityId: 'a', name: longFile.replace('.pdf', ' (copy).pdf') },
      { id: 'e3', activityId: 'a', name: longFile.toUpperCase().replace('.PDF', '.pdf') },
    ],
  );
  const folder = `evidence/001-2025-03-10-${'x'.repeat(79)}`;
  const stem = longFile.slice(0, 76);

  it('keeps each file’s extension, and its folder never ends in a space or a dot', () => {
    expect(stem).toBe(
      'Certificate of completion - PMI Global Congress 2025 - Risk Management in Co',
    );
    expect(plan.files.map((f) => f.path)).toEqual([
      `${folder}/${stem}.pdf`,
      `${folder}/${stem} (2).pdf`,
      `${folder}/${stem.toUpperCase()} (3).pdf`,
    ]);
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
