// "1.500" and "1,500" (numbers.ts, Ascent decision): one separator and exactly three digits
// may be a thousand or a decimal. Unless the file's own number cells show its decimal mark,
// such a cell is refused as unclear, never read silently as 1.5; and the activity form's
// hint for a number typed with thousands separators ("1,234.5" → "1234.5").
import { describe, expect, it } from 'vitest';
import {
  ambiguousReadings,
  decimalMarkEvidence,
  decimalMarkOf,
  detectDecimalMark,
  isAmbiguousNumber,
  parseNumberCell,
  withoutThousandsSeparators,
  type DecimalMark,
} from '../../../../shared/domain/import';

type Read = number | 'unclear';

/** How the import reads a cell in a file with the decimal mark `mark` (null: not known). */
function read(cell: string, mark: DecimalMark | null): Read | null {
  return isAmbiguousNumber(cell, mark) ? 'unclear' : parseNumberCell(cell, mark);
}

describe('a number cell, by what the file shows of its decimal mark', () => {
  it.each<[string, Read, Read, Read]>([
    // cell, mark not known, decimal-comma file, decimal-point file
    ['1.500', 'unclear', 1500, 1.5],
    ['1,500', 'unclear', 1.5, 1500],
    ['12,250 h', 'unclear', 12.25, 12250],
    ['1.500 PDUs', 'unclear', 1500, 1.5],
    ['-2.750', 'unclear', -2750, -2.75],
    ['1.5', 1.5, 1.5, 1.5],
    ['1,5', 1.5, 1.5, 1.5],
    ['1500', 1500, 1500, 1500],
    ['1 500', 1500, 1500, 1500],
    ['1\u00a0500', 1500, 1500, 1500],
    ['1\u202f500', 1500, 1500, 1500],
    ['0.500', 0.5, 0.5, 0.5],
    ['0,500', 0.5, 0.5, 0.5],
    ['1.5000', 1.5, 1.5, 1.5],
    ['1.50', 1.5, 1.5, 1.5],
    ['12.500.000', 12_500_000, 12_500_000, 12_500_000],
    ['1,234,567', 1_234_567, 1_234_567, 1_234_567],
    ['1.234,5', 1234.5, 1234.5, 1234.5],
    ['1,234.5', 1234.5, 1234.5, 1234.5],
    ['1 234,5', 1234.5, 1234.5, 1234.5],
  ])('%j: %s, in a decimal-comma file %s, in a decimal-point file %s', (cell, none, comma, dot) => {
    expect(read(cell, null)).toBe(none);
    expect(read(cell, ',')).toBe(comma);
    expect(read(cell, '.')).toBe(dot);
  });

  it('a blank cell is no number in any file', () => {
    expect(read(' ', null)).toBeNull();
    expect(read('', ',')).toBeNull();
  });

  it.each([
    ['1.500', [1500, 1.5]],
    ['1,500', [1500, 1.5]],
    ['12,250 h', [12250, 12.25]],
  ])('an unclear %j reads as %j', (cell, readings) => {
    expect(ambiguousReadings(cell)).toEqual(readings);
  });

  it.each(['1.5', '0.500', '1500', '1.234,5'])('%j has one reading only', (cell) => {
    expect(ambiguousReadings(cell)).toBeNull();
  });
});

describe('the decimal mark a cell shows', () => {
  it.each<[string, DecimalMark | null]>([
    ['7,5', ','],
    ['1,25 h', ','],
    ['0,500', ','],
    ['1.234,5', ','],
    ['12.500.000', ','],
    ['2.5', '.'],
    ['0.500', '.'],
    ['1,234.5', '.'],
    ['1,234,567', '.'],
    ['1.500', null],
    ['1,500', null],
    ['8', null],
    ['1 500', null],
    ['', null],
    ['n/a', null],
    ['Risk, cost and time.', null],
  ])('%j: %s', (cell, mark) => {
    expect(decimalMarkOf(cell)).toBe(mark);
  });

  it.each<[string[], DecimalMark | null]>([
    [['7,5', '1.500', '2'], ','],
    [['2.5', '1,500', ''], '.'],
    [['1.500', '8', '1,500'], null],
    [['7,5', '2.5', '1.500'], null],
    [[], null],
  ])('a file of %j: %s', (cells, mark) => {
    expect(detectDecimalMark(cells)).toBe(mark);
  });

  it('judges only the number columns below the header', () => {
    const table = [
      ['Date', 'Title', 'Hours', 'Notes'],
      ['10/03/2026', 'Risk', '1.500', 'cost 2,5 €'],
      ['11/03/2026', 'Scrum', '7,5', ''],
    ];
    expect(decimalMarkEvidence(table, 0, ['date', 'title', 'amount', 'notes'])).toBe(',');
    expect(decimalMarkEvidence(table.slice(0, 2), 0, ['date', 'title', 'amount', 'notes'])).toBe(
      null,
    );
  });
});

describe('a number typed with thousands separators (the activity form does not take them)', () => {
  it.each<[string, string | null]>([
    ['1,234.5', '1234.5'],
    ['1,234,567', '1234567'],
    ['1,234,567.25', '1234567.25'],
    ['1 234,5', '1234,5'],
    ['1 234.5', '1234.5'],
    ['1 234', '1234'],
    ['1\u00a0234,5', '1234,5'],
    ['1\u2009234', '1234'],
    ['1\u202f234', '1234'],
    ['1.234,5', '1234,5'],
    ['1.234.567', '1234567'],
    [' 12,000.25 ', '12000.25'],
    // Read as decimals by the form, or no number at all: no hint.
    ['1,234', null],
    ['1.234', null],
    ['1.5', null],
    ['1,5', null],
    ['1500', null],
    ['1,23.5', null],
    ['1,234,5', null],
    ['1.234.5', null],
    ['1,234 567', null],
    ['0,500.5', null],
    ['lots', null],
    ['', null],
  ])('%j → %j', (text, plain) => {
    expect(withoutThousandsSeparators(text)).toBe(plain);
  });
});
