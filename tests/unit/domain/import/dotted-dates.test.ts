// Dotted numeric dates (dates.ts, Ascent decision): "10.3.2026" is day first whatever order the
// file was given, as in every convention that writes dates with dots (German, Swiss, Nordic,
// Russian…), and is no evidence in the date-order question either way.
import { describe, expect, it } from 'vitest';
import {
  dateOrderEvidence,
  detectDateOrder,
  parseDateCell,
  type DateOrder,
} from '../../../../shared/domain/import';

describe('parseDateCell: a date with dots is day first', () => {
  const ok = (date: string) => ({ ok: true, date });
  it.each<[string, DateOrder, unknown]>([
    ['10.3.2026', 'mdy', ok('2026-03-10')],
    ['10.3.2026', 'dmy', ok('2026-03-10')],
    ['03.04.2026', 'mdy', ok('2026-04-03')],
    ['25.03.2026', 'mdy', ok('2026-03-25')],
    ['3.4.26', 'mdy', ok('2026-04-03')],
    ['10.03.2026 14:30', 'mdy', ok('2026-03-10')],
    ['03.25.2026', 'mdy', { ok: false }],
    // Slashes and hyphens still follow the file's order.
    ['03/04/2026', 'mdy', ok('2026-03-04')],
    ['03-04-2026', 'mdy', ok('2026-03-04')],
    ['2026.03.10', 'mdy', ok('2026-03-10')],
  ])('%j (%s) → %o', (cell, order, expected) => {
    expect(parseDateCell(cell, order)).toEqual(expected);
  });
});

describe('detectDateOrder: dotted cells leave no question open and decide none', () => {
  it.each([
    [['10.03.2026', '01.02.2026'], { order: null, ambiguous: false, conflict: false }],
    [['10.03.2026', '2026-03-25'], { order: null, ambiguous: false }],
    [['13.01.2026', '03/04/2026'], { order: null, ambiguous: true, conflict: false }],
    [['13.01.2026', '01/13/2026'], { order: 'mdy', conflict: false, example: '01/13/2026' }],
    [['25/03/2026', '03.04.2026'], { order: 'dmy', example: '25/03/2026' }],
  ])('%j → %o', (cells, expected) => {
    expect(detectDateOrder(cells)).toMatchObject(expected);
  });

  it('a file of dotted dates asks nothing', () => {
    const table = [
      ['Datum', 'Titel'],
      ['03.04.2026', 'Risiko'],
      ['1.2.2026', 'Scrum'],
    ];
    expect(dateOrderEvidence(table, 0, ['date', 'title'])).toMatchObject({
      order: null,
      ambiguous: false,
    });
  });
});
