// An area cell written as a share of the amount ("50%") was refused as "not a number", which
// told the person nothing about what to write: the split records each area's hours, and
// Ascent does not turn a share into hours by guessing how to round it.
import { describe, expect, it } from 'vitest';
import { rowIssueText } from '../../../../renderer/src/features/import/messages';
import { readRow, type ImportOptions } from '../../../../shared/domain/import';

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

describe('area cells written as shares of the amount', () => {
  it.each([['50%'], ['12.5 %'], ['33,3%'], ['100%']])(
    '%s is refused at its area as a share, not as "not a number"',
    (cell) => {
      const r = row('3', cell, '', '');
      expect(r.activity).toBeNull();
      expect(r.errors).toEqual([{ field: 'split.waysOfWorking', code: 'AREA_SHARE', value: cell }]);
    },
  );

  it('is told to write the area’s hours, with an example', () => {
    const r = row('3', '', '50%', '50%');
    expect(r.errors.map((e) => e.field)).toEqual(['split.powerSkills', 'split.businessAcumen']);
    const text = rowIssueText(r.errors[0]!);
    expect(text).toContain('“50%” is a share of the amount');
    expect(text).toContain('Write this area’s hours instead');
    expect(text).not.toContain('is not a number');
  });

  it('leaves figures and times as they were read', () => {
    const r = row('3', '1.5', '1:30', '0');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({
      split: { waysOfWorking: 1.5, powerSkills: 1.5, businessAcumen: 0 },
    });
  });
});
