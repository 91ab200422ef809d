/**
 * A save of one part of a held credential (how it is renewed, a rule choice, a renewal) refused
 * because of another stored detail names that detail and where to correct it; a problem with
 * the part itself keeps the part's own words.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { rowRefusalText } from '../../../renderer/src/features/credentials/credential-summary';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';

const own = (f: string) => f === 'renewalRoute';
const said = (code: string, field = '') => `“${fieldErrorText(code, { field })}”`;

describe('rowRefusalText', () => {
  it.each([
    [
      'the part’s own problem',
      [{ field: 'renewalRoute', code: 'UNKNOWN_VALUE' }],
      fieldErrorText('UNKNOWN_VALUE'),
    ],
    [
      'its own problem first, whatever else is wrong',
      [
        { field: 'earnedDate', code: 'EARNED_IN_FUTURE' },
        { field: 'renewalRoute', code: 'UNKNOWN_VALUE' },
      ],
      fieldErrorText('UNKNOWN_VALUE'),
    ],
    [
      'the earned date',
      [{ field: 'earnedDate', code: 'EARNED_IN_FUTURE' }],
      `Nothing was saved: its earned date is refused (${said('EARNED_IN_FUTURE', 'earnedDate')}). Correct it with “Edit stage and dates”, then try again.`,
    ],
    [
      'the attempts used',
      [{ field: 'examAttemptsUsed', code: 'ATTEMPTS_OUT_OF_RANGE' }],
      `Nothing was saved: its “Exam attempts used” is refused (${said('ATTEMPTS_OUT_OF_RANGE')}). Correct it with “Edit stage and dates”, then try again.`,
    ],
    [
      'a number set for the credential',
      [{ field: 'overrides.total', code: 'INVALID' }],
      `Nothing was saved: a number you set for this credential (“Your number for …” under “The rule behind the numbers”) is refused (${said('INVALID')}). Change or clear it, then try again.`,
    ],
    [
      'a stored renewal, by its date',
      [{ field: 'renewals.1.date', code: 'RENEWAL_IN_FUTURE' }],
      `Nothing was saved: your renewal of ${formatDate('2031-05-01')} stored with this credential is refused (${said('RENEWAL_IN_FUTURE')}). A renewal comes after the earned date and not after today: check the earned date with “Edit stage and dates”, then try again.`,
    ],
  ])('%s', (_name, errors, expected) => {
    const renewals = [{ date: '2027-05-01' }, { date: '2031-05-01' }];
    expect(rowRefusalText(errors, own, renewals)).toBe(expected);
  });
});
