import { describe, expect, it } from 'vitest';
import { rowIssueText, unclosedQuoteText } from '../../../renderer/src/features/import/messages';

describe('an amount that could be read two ways', () => {
  it.each([
    [
      '1,500',
      'Amount: “1,500” could be 1500 or 1.5. Write 1500 or 1.5 in that cell (whichever you mean), then import the file again.',
    ],
    [
      '1.500',
      'Amount: “1.500” could be 1500 or 1.5. Write 1500 or 1.5 in that cell (whichever you mean), then import the file again.',
    ],
    [
      '12.250 h',
      'Amount: “12.250 h” could be 12250 or 12.25. Write 12250 or 12.25 in that cell (whichever you mean), then import the file again.',
    ],
  ])('%j: says both readings and what to write instead', (value, words) => {
    expect(rowIssueText({ field: 'amount', code: 'AMBIGUOUS_NUMBER', value })).toBe(words);
  });

  it('names an area cell by its area', () => {
    expect(
      rowIssueText({ field: 'split.powerSkills', code: 'AMBIGUOUS_NUMBER', value: '2.500' }),
    ).toBe(
      'Power Skills: “2.500” could be 2500 or 2.5. Write 2500 or 2.5 in that cell (whichever you mean), then import the file again.',
    );
  });
});

describe('the import’s other problems say what to do', () => {
  it.each([
    [
      { field: 'date', code: 'REQUIRED' },
      'Completion date: this cell is empty. Fill it in, then import the file again.',
    ],
    [
      { field: 'date', code: 'DATE_INVALID', value: '31/04/2026' },
      'Completion date: “31/04/2026” is not a date Ascent can read (or not a real day). Write a real date, for example 2026-03-31, then import the file again.',
    ],
    [
      { field: 'amount', code: 'NOT_A_NUMBER', value: 'lots' },
      'Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again.',
    ],
  ])('%j', (issue, words) => {
    expect(rowIssueText(issue)).toBe(words);
  });

  it('a quotation mark never closed', () => {
    expect(unclosedQuoteText(2)).toBe(
      'Row 2: a quotation mark is never closed, so the rest of the line (or of the file) ran into one cell. Close or remove the quotation mark in the spreadsheet, save it as CSV again and choose it here.',
    );
  });
});
