/**
 * A cycle's claim CSV (the credit log's and the credential page's export, and the copy in the
 * audit pack) says how a course counted by its semester credits reached its total: ISACA's 15
 * CPE hours a credit (domain-facts §4) or the holder's own number, in the words of the
 * credential page's "Why". PMI counts the hours (§5 item 6): no note, no new column.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import type { Activity } from '../../../shared/domain/credits';
import { claimCsvTable, claimRows } from '../../../shared/domain/claims';
import { claimCsvLabels } from '../../../renderer/src/features/credit-log/claim-csv-labels';
import { toCsvText } from '../../../renderer/src/features/credit-log/csv-text';
import { activity, evaluate, holding } from '../domain/credits/fixtures';

const asOf = '2024-06-01';
const cisa = holding('cisa', '2023-01-10');
const university = activity({
  date: '2024-03-01',
  title: 'IT governance (university)',
  provider: 'University',
  amount: 12,
  semesterCredits: 3,
  split: { waysOfWorking: 0, powerSkills: 12, businessAcumen: 0 },
});
const halfRelevant = activity({
  date: '2024-05-01',
  title: 'Audit analytics (university)',
  amount: 10,
  semesterCredits: 2,
  relevantPercent: 50,
});
const webinar = activity({ date: '2024-04-01', title: 'Risk webinar', amount: 2 });

function ownRate(perCredit: number): HeldWithRule {
  const applied = applyOverrides(cisa.rule, { cpePerSemesterCredit: perCredit });
  if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
  return { ...cisa, rule: applied.value };
}

/** The file as written, read back: header and rows as a spreadsheet sees them. */
function exported(h: HeldWithRule, log: readonly Activity[]): string[][] {
  const table = claimCsvTable(
    claimRows(evaluate(h, log, asOf), log),
    h.rule,
    claimCsvLabels(h.rule),
  );
  return Papa.parse<string[]>(toCsvText(table).slice(1), { skipEmptyLines: true }).data;
}

describe('claim CSV: how a course counted by its semester credits reached its total', () => {
  it.each<[string, HeldWithRule, readonly Activity[], string[][]]>([
    [
      'ISACA’s 15 a credit: 45 beside a 12-hour course, and why',
      cisa,
      [university, webinar],
      [
        ['IT governance (university)', '45', '3 semester credits × 15 = 45 CPEs (ISACA)'],
        ['Risk webinar', '2', ''],
      ],
    ],
    [
      'the holder’s own number says it is theirs',
      ownRate(10),
      [university],
      [['IT governance (university)', '30', '3 semester credits × 10 (your number) = 30 CPEs']],
    ],
    [
      'a relevant share after the credits, as the credential page says it',
      cisa,
      [halfRelevant],
      [
        [
          'Audit analytics (university)',
          '15',
          '2 semester credits × 15 = 30 CPEs (ISACA). Only the relevant share counts: 50% of 30 CPEs, so 15 CPEs.',
        ],
      ],
    ],
  ])('%s', (_name, h, log, expected) => {
    const [header, ...rows] = exported(h, log);
    expect(header).toEqual([
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
    expect(rows.map((r) => [r[1], r[6], r[9]])).toEqual(expected);
  });

  it('PMP counts the same course by its hours: its file is as before, CISA’s says how', () => {
    const pmp = holding('pmp', '2023-01-10');
    const [header, ...rows] = exported(pmp, [university]);
    const [cisaHeader, cisaRow] = exported(cisa, [university]);
    expect([header?.at(-1), cisaHeader?.at(-1), cisaRow?.at(-1)]).toEqual([
      'Claim status',
      'How counted',
      '3 semester credits × 15 = 45 CPEs (ISACA)',
    ]);
    expect(rows).toEqual([
      [
        'University',
        'IT governance (university)',
        '2024-03-01',
        '2024-03-01',
        'Course or training',
        '0',
        '12',
        '0',
        '0',
        '12',
        '',
        'Earned',
      ],
    ]);
  });

  it('the new column goes through the same formula guard as every other cell', () => {
    const rows = claimRows(evaluate(cisa, [university], asOf), [university]);
    const labels = { ...claimCsvLabels(cisa.rule), howCounted: () => '=HYPERLINK("http://x")' };
    const [, row] = Papa.parse<string[]>(
      toCsvText(claimCsvTable(rows, cisa.rule, labels)).slice(1),
    ).data;
    expect(row?.at(-1)).toBe(`'=HYPERLINK("http://x")`);
  });
});
