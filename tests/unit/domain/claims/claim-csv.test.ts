import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  activityTypes,
  applyOverrides,
  type ActivityType,
} from '../../../../shared/catalog/credentials';
import {
  claimCsvFileName,
  claimCsvTable,
  claimRows,
  unitPlural,
  type ClaimCsvLabels,
  type HowCounted,
} from '../../../../shared/domain/claims';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { Activity, ClaimStatus } from '../../../../shared/domain/credits';
import { toCsvText } from '../../../../renderer/src/features/credit-log/csv-text';
import { activity, course, evaluate, givingBack, holding } from '../credits/fixtures';

// Words the renderer would pass; here marked so a test can tell a label from a code.
const labels: ClaimCsvLabels = {
  activityType: (t: ActivityType) => `T:${t}`,
  claimStatus: (s: ClaimStatus) => `S:${s}`,
  category: (c: string) => `C:${c}`,
  // The facts the words are built from: credits × rate = hours, then the reasons' codes.
  howCounted: ({ credits: c, reasons }: HowCounted) =>
    [`H:${c.credits}×${c.perCredit}=${c.hours}`, ...reasons.map((r) => r.code)].join(' '),
};

const asOf = '2026-06-30';
const pmp = holding('pmp', '2025-01-15');

// PMP earned 15 Jan 2025: cycle 1 runs 15 Jan 2025 – 14 Jan 2028.
const log = [
  course(
    '2025-03-10',
    { waysOfWorking: 4, powerSkills: 2, businessAcumen: 1.5 },
    { title: 'Risk, people, money', provider: 'PMI Chapter', startDate: '2025-03-08' },
  ),
  course('2024-12-01', { powerSkills: 3 }, { title: 'Before certification' }),
  givingBack('2025-06-01', 'volunteer', 20, { title: 'Volunteer 1', claimCode: 'V-1' }),
  givingBack('2025-07-01', 'give-presentation', 10, { title: 'Talk' }),
  givingBack('2025-08-01', 'share-knowledge', 3, { title: 'Capped to nothing' }),
  course('2026-09-01', { waysOfWorking: 2 }, { title: 'Planned', status: 'planned' }),
  activity({
    date: '2025-05-05',
    title: 'Half relevant',
    amount: 15,
    relevantPercent: 50,
    split: { waysOfWorking: 0, powerSkills: 7.5, businessAcumen: 0 },
    claims: { pmp: 'reported' },
  }),
];

describe('claimRows: only what counts for the credential in the cycle, after its caps', () => {
  const rows = claimRows(evaluate(pmp, log, asOf), log);

  it('lists counted activities oldest first and leaves out the rest', () => {
    expect(rows.map((r) => r.activityTitle)).toEqual([
      'Risk, people, money',
      'Half relevant',
      'Volunteer 1',
      'Talk',
    ]);
  });

  it.each<[string, number, number, number, number, number]>([
    // title, Ways of Working, Power Skills, Business Acumen, Giving Back, total
    ['Risk, people, money', 4, 2, 1.5, 0, 7.5],
    ['Half relevant', 0, 7.5, 0, 0, 7.5],
    ['Volunteer 1', 0, 0, 0, 20, 20],
    // Giving Back is capped at 25 a cycle: 20 already counted, so 5 of the 10.
    ['Talk', 0, 0, 0, 5, 5],
  ])('%s: %d / %d / %d, Giving Back %d, total %d', (title, wow, ps, ba, gb, total) => {
    const row = rows.find((r) => r.activityTitle === title)!;
    expect(row.counted.byArea).toEqual({
      waysOfWorking: wow,
      powerSkills: ps,
      businessAcumen: ba,
    });
    expect([row.counted.givingBack, row.counted.total]).toEqual([gb, total]);
  });

  it('uses the start date when logged, else the completion date', () => {
    expect(rows.map((r) => [r.startDate, r.completionDate])).toEqual([
      ['2025-03-08', '2025-03-10'],
      ['2025-05-05', '2025-05-05'],
      ['2025-06-01', '2025-06-01'],
      ['2025-07-01', '2025-07-01'],
    ]);
  });

  it('takes the claim status for this credential (per-credential override first)', () => {
    expect(rows.map((r) => r.claimStatus)).toEqual(['earned', 'reported', 'earned', 'earned']);
  });

  it('is empty for a cycle with nothing counted', () => {
    expect(claimRows(evaluate(pmp, [], asOf), [])).toEqual([]);
  });
});

describe('claimRows: Ways of Working allocated per credential (PMP + PMI-ACP)', () => {
  const acp = holding('pmi-acp', '2025-02-01');
  const both = [pmp, acp];
  const c = course(
    '2025-04-01',
    { waysOfWorking: 6, powerSkills: 2 },
    { title: 'Agile course', waysOfWorkingFor: { 'pmi-acp': 2.5 } },
  );

  it.each<[string, typeof pmp, number, number]>([
    ['PMP counts all its Ways of Working', pmp, 6, 8],
    ['PMI-ACP counts only what was allocated', acp, 2.5, 4.5],
  ])('%s', (_name, h, wow, total) => {
    const [row] = claimRows(evaluate(h, [c], asOf, 0, both), [c]);
    expect([row?.counted.byArea.waysOfWorking, row?.counted.total]).toEqual([wow, total]);
  });
});

describe('claimCsvTable: the claim form’s columns', () => {
  const table = claimCsvTable(claimRows(evaluate(pmp, log, asOf), log), pmp.rule, labels);

  it('has PMI’s fields, with the credential’s unit', () => {
    expect(table.header).toEqual([
      'Provider',
      'Activity',
      'Start date',
      'Completion date',
      'Activity type',
      'Ways of Working (PDUs)',
      'Power Skills (PDUs)',
      'Business Acumen (PDUs)',
      'Giving Back (PDUs)',
      'Total (PDUs)',
      'Claim code',
      'Claim status',
    ]);
  });

  it('writes one row per counted activity, numbers as numbers, words from the caller', () => {
    expect(table.rows).toEqual([
      [
        'PMI Chapter',
        'Risk, people, money',
        '2025-03-08',
        '2025-03-10',
        'T:course-or-training',
        4,
        2,
        1.5,
        0,
        7.5,
        '',
        'S:earned',
      ],
      [
        '',
        'Half relevant',
        '2025-05-05',
        '2025-05-05',
        'T:course-or-training',
        0,
        7.5,
        0,
        0,
        7.5,
        '',
        'S:reported',
      ],
      [
        '',
        'Volunteer 1',
        '2025-06-01',
        '2025-06-01',
        'T:volunteer',
        0,
        0,
        0,
        20,
        20,
        'V-1',
        'S:earned',
      ],
      [
        '',
        'Talk',
        '2025-07-01',
        '2025-07-01',
        'T:give-presentation',
        0,
        0,
        0,
        5,
        5,
        '',
        'S:earned',
      ],
    ]);
  });

  it('never leaks an activity type or status code into a cell', () => {
    const codes = new Set<string>([...activityTypes, 'planned', 'earned', 'reported']);
    for (const row of table.rows)
      for (const cell of row) expect(codes.has(String(cell))).toBe(false);
  });

  it('gives other bodies a category column instead of areas (IIBA CBAP, CDUs)', () => {
    const cbap = holding('cbap', '2025-01-15');
    const read = activity({ date: '2025-03-01', type: 'read', amount: 4, title: 'A book' });
    const t = claimCsvTable(claimRows(evaluate(cbap, [read], asOf), [read]), cbap.rule, labels);
    expect(t.header).toEqual([
      'Provider',
      'Activity',
      'Start date',
      'Completion date',
      'Activity type',
      'Category',
      'Total (CDUs)',
      'Claim code',
      'Claim status',
    ]);
    expect(t.rows).toEqual([
      ['', 'A book', '2025-03-01', '2025-03-01', 'T:read', 'C:self-directed', 4, '', 'S:earned'],
    ]);
  });
});

// ISACA counts a university course by its semester credits, 15 CPE hours each (domain-facts
// §4), or the holder's own number; PMI counts its hours (§5 item 6). CISA earned 10 Jan 2023:
// cycle 1 runs 1 Jan 2023 – 31 Dec 2025.
describe('claimRows and claimCsvTable: a course counted by its semester credits says how', () => {
  const cisa = holding('cisa', '2023-01-10');
  const university = activity({
    date: '2024-03-01',
    title: 'IT governance (university)',
    amount: 12,
    semesterCredits: 3,
  });
  const halfRelevant = activity({
    date: '2024-05-01',
    title: 'Audit analytics (university)',
    amount: 10,
    semesterCredits: 2,
    relevantPercent: 50,
  });
  const webinar = activity({ date: '2024-04-01', title: 'Risk webinar', amount: 2 });
  const log = [university, webinar, halfRelevant];
  const rows = claimRows(evaluate(cisa, log, '2024-06-01'), log);
  const table = claimCsvTable(rows, cisa.rule, labels);

  it('keeps how each course counted on its row; a course counted by its hours has none', () => {
    expect(rows.map((r) => [r.activityTitle, r.counted.total, r.howCounted])).toEqual([
      [
        'IT governance (university)',
        45,
        { credits: { credits: 3, perCredit: 15, hours: 45 }, reasons: [] },
      ],
      ['Risk webinar', 2, undefined],
      [
        'Audit analytics (university)',
        15,
        {
          credits: { credits: 2, perCredit: 15, hours: 30 },
          reasons: [{ code: 'RELEVANT_SHARE', percent: 50, hours: 30 }],
        },
      ],
    ]);
  });

  it('adds "How counted" after the columns people already rely on, in their order', () => {
    expect(table.header).toEqual([
      'Provider',
      'Activity',
      'Start date',
      'Completion date',
      'Activity type',
      'Category',
      'Total (CPEs)',
      'Claim code',
      'Claim status',
      'How counted',
    ]);
  });

  it('fills it where a course counted by its credits, and leaves it empty elsewhere', () => {
    expect(table.rows.map((r) => [r[1], r[6], r[9]])).toEqual([
      ['IT governance (university)', 45, 'H:3×15=45'],
      ['Risk webinar', 2, ''],
      ['Audit analytics (university)', 15, 'H:2×15=30 RELEVANT_SHARE'],
    ]);
  });

  it('with the holder’s own number: the rate they set', () => {
    const applied = applyOverrides(cisa.rule, { cpePerSemesterCredit: 10 });
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    const own = { ...cisa, rule: applied.value };
    const t = claimCsvTable(
      claimRows(evaluate(own, [university], '2024-06-01'), [university]),
      own.rule,
      labels,
    );
    expect(t.rows.map((r) => [r[6], r.at(-1)])).toEqual([[30, 'H:3×10=30']]);
  });

  it('adds nothing where no course counted by its credits: a CISA cycle without one, PMP', () => {
    // PMI counts the same course by its 12 hours (§5 item 6).
    const pmp2023 = holding('pmp', '2023-01-10');
    const pmpCourse = {
      ...university,
      split: { waysOfWorking: 0, powerSkills: 12, businessAcumen: 0 },
    };
    const cases: [HeldWithRule, Activity[]][] = [
      [cisa, [university]],
      [cisa, [webinar]],
      [pmp2023, [pmpCourse]],
    ];
    const seen = cases.map(([h, log]) => {
      const r = claimRows(evaluate(h, log, '2024-06-01'), log);
      const t = claimCsvTable(r, h.rule, labels);
      const cells = t.rows.map((x) => x.length);
      return [h.rule.acronym, t.header.at(-1), cells, r.map((x) => x.howCounted?.credits.hours)];
    });
    expect(seen).toEqual([
      ['CISA', 'How counted', [10], [45]],
      ['CISA', 'Claim status', [9], [undefined]],
      ['PMP', 'Claim status', [12], [undefined]],
    ]);
  });
});

describe('unitPlural and claimCsvFileName', () => {
  it.each([
    ['PDU', 'PDUs'],
    ['CDU', 'CDUs'],
    ['hours', 'hours'],
    ['none', 'hours'],
  ] as const)('%s → %s', (unit, words) => expect(unitPlural(unit)).toBe(words));

  it.each([
    ['PMP', 'PMP-cycle-2024-03-14-to-2027-03-13.csv'],
    ['PMI-ACP', 'PMI-ACP-cycle-2024-03-14-to-2027-03-13.csv'],
    ['My body / cert: v2', 'My-body-cert-v2-cycle-2024-03-14-to-2027-03-13.csv'],
    ['..', 'credential-cycle-2024-03-14-to-2027-03-13.csv'],
  ])('%s → %s', (acronym, name) => {
    expect(claimCsvFileName(acronym, { start: '2024-03-14', end: '2027-03-13' })).toBe(name);
  });
});

describe('toCsvText: a CSV that opens cleanly in a spreadsheet and reads back exactly', () => {
  const header = ['Provider', 'Activity', 'Total (PDUs)'];
  const parse = (text: string) =>
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const text = toCsvText({ header, rows: [['A', 'B', 1]] });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Provider,Activity,Total (PDUs)\r\nA,B,1\r\n');
  });

  it.each<[string, string]>([
    ['a comma', 'Risk, people, money'],
    ['double quotes', 'The "Agile" course'],
    ['a line break', 'Line one\nline two'],
    ['a CRLF line break', 'Line one\r\nline two'],
    ['accents and symbols', 'Café — Zürich · 5 €'],
    ['leading and trailing spaces', '  padded  '],
  ])('round-trips %s', (_name, value) => {
    const text = toCsvText({ header, rows: [[value, 'x', 2.25]] });
    expect(parse(text)).toEqual([header, [value, 'x', '2.25']]);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)'])(
    'escapes %s so a spreadsheet shows it as text, not a formula',
    (value) => {
      const text = toCsvText({ header, rows: [[value, 'x', 1]] });
      expect(parse(text)[1]?.[0]).toBe(`'${value}`);
    },
  );

  it('writes quarter hours with a decimal point, whatever the locale', () => {
    const text = toCsvText({
      header,
      rows: [
        ['p', 'a', 0.25],
        ['p', 'b', 7.5],
      ],
    });
    expect(parse(text).map((r) => r[2])).toEqual(['Total (PDUs)', '0.25', '7.5']);
  });
});
