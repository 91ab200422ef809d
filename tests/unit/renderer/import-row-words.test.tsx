// The import's words for a figure converted from the unit its cell names, and for an amount of
// zero or not in quarter hours: said as the import's other problems are ("…, then import the
// file again"), while the credit log form keeps its own words (fieldErrorText).
import { describe, expect, it } from 'vitest';
import { UNIT_CONVERTED } from '../../../shared/domain/import';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';
import { rowIssueText, rowWarningText } from '../../../renderer/src/features/import/messages';

describe('a figure converted from the unit its cell names', () => {
  it.each([
    [
      { field: 'amount', value: '1.5 CEU', actual: 15 },
      'Amount: “1.5 CEU” is in CEUs: imported as 15 hours (1 CEU = 10 hours).',
    ],
    [
      { field: 'split.powerSkills', value: '0.1 CEU', actual: 1 },
      'Power Skills: “0.1 CEU” is in CEUs: imported as 1 hour (1 CEU = 10 hours).',
    ],
    [
      { field: 'amount', value: '15 h', actual: 1.5 },
      'Amount: “15 h” is not in CEUs, the unit you chose for the amount: imported as 1.5 CEU (1 CEU = 10 hours).',
    ],
    [
      { field: 'amount', value: '3 PDUs', actual: 0.3 },
      'Amount: “3 PDUs” is not in CEUs, the unit you chose for the amount: imported as 0.3 CEU (1 CEU = 10 hours).',
    ],
  ])('%j', (issue, words) => {
    expect(rowWarningText({ ...issue, code: UNIT_CONVERTED })).toBe(words);
  });
});

describe('an amount of zero or not in quarter hours, in the import', () => {
  const again = 'then import the file again.';
  it.each([
    [
      { field: 'amount', code: 'NOT_POSITIVE', value: '0' },
      `Amount: “0” is not more than zero. Write the activity’s amount, for example 1.5, ${again}`,
    ],
    [
      { field: 'amount', code: 'NOT_POSITIVE' },
      `Amount: this adds up to zero. Write the activity’s amount, for example 1.5, ${again}`,
    ],
    [
      { field: 'amount', code: 'HOURS_NOT_QUARTER', value: '2,3' },
      `Amount: “2,3” is not in quarter-hour steps. Round it to a whole hour or to .25, .5 or .75 of one, ${again}`,
    ],
    [
      { field: 'split.businessAcumen', code: 'HOURS_NOT_QUARTER', value: '1.1' },
      `Business Acumen: “1.1” is not in quarter-hour steps. Round it to a whole hour or to .25, .5 or .75 of one, ${again}`,
    ],
    [
      { field: 'amount', code: 'HOURS_NOT_QUARTER' },
      `Amount: this is not in quarter-hour steps. Round it to a whole hour or to .25, .5 or .75 of one, ${again}`,
    ],
  ])('%j', (issue, words) => {
    expect(rowIssueText(issue)).toBe(words);
  });

  it('the credit log form keeps its own words', () => {
    expect(fieldErrorText('NOT_POSITIVE')).toBe('Enter more than zero hours.');
    expect(fieldErrorText('HOURS_NOT_QUARTER')).toBe('Use quarter-hour steps: .25, .5 or .75.');
  });
});
