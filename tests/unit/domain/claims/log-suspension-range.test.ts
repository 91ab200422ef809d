// The credit log opened on an unrenewed PMP cycle ("Open in the credit log" on its page) ran To
// a year past the cycle's end without saying why. Its counting window runs through the
// suspension year, because activities dated in it can still count toward renewing that cycle
// (domain-facts §1, PMI: suspended for a year after the third anniversary, the holder may still
// earn and report PDUs and renew; IIBA likewise); a cycle renewed late in that year counts to
// the renewal's day. rangeIntoSuspension finds the cycle whose suspension year the log's dates
// run into, so the log can say so beside them.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  cycleLogQuery,
  filterFromQuery,
  rangeIntoSuspension,
} from '../../../../shared/domain/claims';
import { cyclesFor, type Renewal } from '../../../../shared/domain/credentials';

const asOf = '2024-06-01';
const cyclesOf = (credentialId: string, earnedDate: string, renewals: Renewal[] = []) =>
  cyclesFor(
    { id: 'h', credentialId, stage: 'earned', earnedDate, renewals },
    findCredentialRule(credentialId)!,
    asOf,
  );

// PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, its suspension year to 2 Feb 2021 (§1).
const unrenewed = cyclesOf('pmp', '2017-02-03');
const renewedLate = cyclesOf('pmp', '2017-02-03', [{ date: '2020-10-01' }]);
const renewedInTime = cyclesOf('pmp', '2017-02-03', [{ date: '2020-01-10' }]);
// PMP earned 10 Jan 2022: cycle 1 (in force) to 9 Jan 2025, unrenewed as yet.
const inForce = cyclesOf('pmp', '2022-01-10');
// CBAP earned 1 Mar 2018: cycle 1 to 28 Feb 2021, a year's suspension to 28 Feb 2022 (§ IIBA).
const cbap = cyclesOf('cbap', '2018-03-01');
// CSM earned 15 May 2021: Scrum Alliance has no suspension.
const csm = cyclesOf('csm', '2021-05-15');

const range = (from: string | null, to: string | null) => ({ from, to });
/** The filter "Open in the credit log" sets for a cycle (cycleLogQuery, read back). */
const opened = (cycle: { countFrom: string; countTo: string }) => {
  const q = new URLSearchParams(cycleLogQuery('h', cycle));
  return filterFromQuery((name) => q.get(name))!;
};

describe('rangeIntoSuspension', () => {
  it('the unrenewed cycle’s window runs through its suspension year', () => {
    expect(unrenewed[0]).toMatchObject({
      end: '2020-02-02',
      countTo: '2021-02-02',
      renewedOn: null,
      suspension: { start: '2020-02-03', end: '2021-02-02' },
    });
  });

  it.each<[string, typeof unrenewed, ReturnType<typeof range>, number | null]>([
    ['an unrenewed PMP cycle’s log, as opened from its page', unrenewed, opened(unrenewed[0]!), 0],
    ['an unrenewed PMP cycle in force', inForce, opened(inForce[0]!), 0],
    ['To part way into the suspension year', unrenewed, range('2017-02-03', '2020-06-01'), 0],
    ['To on the first day of the suspension year', unrenewed, range('2019-01-01', '2020-02-03'), 0],
    ['a PMP cycle renewed late, in its suspension year', renewedLate, opened(renewedLate[0]!), 0],
    ['an unrenewed CBAP cycle (IIBA, 1 y suspension)', cbap, opened(cbap[0]!), 0],
    ['To on the cycle’s last day', unrenewed, range('2017-02-03', '2020-02-02'), null],
    ['a PMP cycle renewed before its end', renewedInTime, opened(renewedInTime[0]!), null],
    ['the next cycle, itself unrenewed (lapsed)', renewedInTime, opened(renewedInTime[1]!), 1],
    ['a credential with no suspension (Scrum Alliance)', csm, opened(csm[0]!), null],
    ['dates across two cycles', renewedLate, range('2019-01-01', '2021-01-01'), null],
    ['no From', unrenewed, range(null, '2021-02-02'), null],
    ['no To', unrenewed, range('2017-02-03', null), null],
    ['From after To', unrenewed, range('2021-02-02', '2017-02-03'), null],
    ['a year still being typed', unrenewed, range('2017-02-03', '0020-06-01'), null],
  ])('%s', (_, cycles, filter, index) => {
    expect(rangeIntoSuspension(filter, cycles)?.index ?? null).toBe(index);
  });
});
