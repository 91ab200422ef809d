// Spreadsheet habits the import's first readings of them missed:
// - a tracker that keeps durations as [h]:mm keeps its Talent Triangle split that way too: the
//   amount "1:30" was read, but its area cells "1:00", "0:30", "0:00" refused the row as "not a
//   number" (while a template row's "0:00" in an area cell counted as zero);
// - a start date is written by a person: a row holding only its start date was left out as a
//   template row, counted with the blank lines, instead of being a row to correct;
// - "CE hours", "Clock hours", "Hours awarded" name the amount as "Contact hours" does.
import { describe, expect, it } from 'vitest';
import { rowIssueText } from '../../../../renderer/src/features/import/messages';
import {
  detectColumns,
  readRow,
  readRows,
  unitFromHeader,
  type ImportOptions,
} from '../../../../shared/domain/import';

const split: ImportOptions = {
  mapping: ['date', 'title', 'type', 'amount', 'waysOfWorking', 'powerSkills', 'businessAcumen'],
  dateOrder: 'dmy',
  unit: 'hours',
  defaultType: null,
  asOf: '2026-11-22',
  splitApplies: true,
};

const row = (amount: string, ...areas: string[]) =>
  readRow(['2026-03-10', 'Risk webinar', 'Webinar', amount, ...areas], 2, split)!;

describe('area cells written as times', () => {
  it('are hours and minutes, as the amount beside them is', () => {
    const r = row('1:30', '1:00', '0:30', '0:00');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({
      amount: 1.5,
      split: { waysOfWorking: 1, powerSkills: 0.5, businessAcumen: 0 },
    });
  });

  it('make the amount when its cell is blank (the areas are the amount)', () => {
    const r = row('', '0:45', '01:00:00', '0:15');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({
      amount: 2,
      split: { waysOfWorking: 0.75, powerSkills: 1, businessAcumen: 0.25 },
    });
  });

  it('that are no time are refused as such, at their area', () => {
    const r = row('1:30', '1:75', '0:30', '');
    expect(r.activity).toBeNull();
    expect(r.errors[0]).toEqual({
      field: 'split.waysOfWorking',
      code: 'NOT_A_DURATION',
      value: '1:75',
    });
    expect(rowIssueText(r.errors[0]!)).toContain('is not a time Ascent can read');
  });
});

describe('a row with only its start date written', () => {
  const o: ImportOptions = {
    ...split,
    mapping: ['startDate', 'date', 'title', 'amount'],
    splitApplies: false,
  };
  const header = ['Start date', 'Completed', 'Title', 'Hours'];

  it('stays a row to correct, not a blank line', () => {
    const cells = ['01/03/2026', '', '', '0'];
    const r = readRow(cells, 3, o);
    expect(r).not.toBeNull();
    expect(r!.errors.length).toBeGreaterThan(0);
    const rows = readRows([header, cells, ['', '', '', '0']], { headerRow: 0, header }, o);
    expect(rows.map((x) => x.rowNumber)).toEqual([2]);
  });
});

describe('hours headers that name a unit of continuing education', () => {
  it.each(['CE Hours', 'Clock hours', 'Hours awarded', 'CME hours'])(
    '"%s" is proposed as the amount',
    (h) => {
      expect(detectColumns(['Date', 'Title', h])).toEqual(['date', 'title', 'amount']);
      // Hours, not CEUs (ten hours each): "CE" is not "CEU".
      expect(unitFromHeader(h)).toBe('hours');
    },
  );

  it('"Office hours notes" still is not', () => {
    expect(detectColumns(['Date', 'Title', 'Office hours notes'])).toEqual([
      'date',
      'title',
      'notes',
    ]);
  });
});
