// Every CSV Ascent writes puts an apostrophe before a cell a spreadsheet would run as a formula;
// the import takes exactly that apostrophe off again, so such a file imports back unchanged.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_LIKE, unguardFormulaCell } from '../../../../shared/domain/import';
import { parseCsvText } from '../../../../renderer/src/features/import/csv-file';
import { toCsvText } from '../../../../renderer/src/features/credit-log/csv-text';

describe('unguardFormulaCell', () => {
  it.each<[string, string]>([
    ["'=SUM(A1:A3)", '=SUM(A1:A3)'],
    ["'+1 555 0100", '+1 555 0100'],
    ["'-5 risk review", '-5 risk review'],
    ["'-5", '-5'],
    ["'@Scale summit", '@Scale summit'],
    ["'\tTabbed", '\tTabbed'],
    ["'\rReturn", '\rReturn'],
    ["'=", '='],
    // A value that itself starts with apostrophes before =: the writer added one more.
    ["''=x", "'=x"],
    ["'''-5", "''-5"],
  ])('takes the guard off %j → %j', (cell, value) => {
    expect(unguardFormulaCell(cell)).toBe(value);
  });

  it.each([
    // Not guarded: nothing to take off.
    '=SUM(A1)',
    '-5',
    'Risk + issues',
    // An apostrophe that is part of the value.
    "O'Brien",
    "'Agile' basics",
    "'",
    "''",
    "' =x",
    "'5",
    "'a=b",
    // Only an apostrophe at the very start, before what the writer guards.
    " '=x",
    "''x",
    '',
  ])('leaves %j as it is', (cell) => {
    expect(unguardFormulaCell(cell)).toBe(cell);
  });
});

describe('a CSV Ascent wrote reads back with the values it held', () => {
  const values = [
    '=SUM(A1:A3)',
    '+1 555 0100',
    '-5 risk review',
    '-5',
    '@Scale summit',
    '\tTabbed',
    'Risk + issues',
    "O'Brien",
    "'quoted'",
    "'=already quoted",
    "''-twice",
    '=first line\nsecond line',
    '',
  ];

  it('toCsvText then parseCsvText gives every cell back', () => {
    const text = toCsvText({ header: ['Title', 'Notes'], rows: values.map((v) => [v, 'x']) });
    // The writer did guard them: the file holds the apostrophes a spreadsheet needs.
    expect(text).toContain(`"'=SUM(A1:A3)"`);
    expect(text).toContain(`"'-5 risk review"`);
    // A cell with a line break is guarded too, and one already starting "'=" gets one more.
    expect(text).toContain(`"'=first line`);
    expect(text).toContain(`"''=already quoted"`);
    expect(parseCsvText(text).rows).toEqual([['Title', 'Notes'], ...values.map((v) => [v, 'x'])]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'the writer guards %j, and the guard comes off',
    (first) => {
      const written = Papa.unparse([[`${first}x`]], { escapeFormulae: FORMULA_LIKE });
      expect(written).toBe(`"'${first}x"`);
      expect(unguardFormulaCell(`'${first}x`)).toBe(`${first}x`);
    },
  );
});
