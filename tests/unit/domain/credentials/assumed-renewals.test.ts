// Renewals Ascent assumed ("I have renewed it every cycle so far", on each cycle's last day)
// as the credential's page shows them, and the real day put in place of one. Dates worked out
// by hand from domain-facts §1 (PMI: cycle ends the day before the third anniversary, then a
// one-year suspension in which renewal is still possible; the next cycle starts on the
// anniversary whatever the renewal day) and §3 (PeopleCert CPD: renewed by the renew-by date,
// no suspension). Today is 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  splitAssumed,
  type HeldCredential,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';
import {
  assumedRenewalWindow,
  correctAssumedRenewal,
  isAssumedRenewal,
} from '../../../../shared/domain/credentials/assumed-renewals';

const AS_OF = '2026-11-22';
const rule = (id: string) => findCredentialRule(id)!;
const assumed = (date: string): Renewal => ({ date, method: 'credits', assumed: true });
const recorded = (date: string): Renewal => ({ date, method: 'credits' });
const exam = (date: string): Renewal => ({ date, method: 'exam' });
const held = (credentialId: string, earnedDate: string, renewals: Renewal[]): HeldCredential => ({
  id: `h-${credentialId}`,
  credentialId,
  stage: 'earned',
  earnedDate,
  renewals,
});

// PMP earned 15 Jun 2014: cycles end 14 Jun 2017, 2020, 2023, 2026; each suspension runs a
// year after. Cycles 1 and 2 assumed, cycle 3 renewed by hand on 1 Mar 2023.
const pmp = held('pmp', '2014-06-15', [
  assumed('2017-06-14'),
  assumed('2020-06-14'),
  recorded('2023-03-01'),
]);

describe('isAssumedRenewal', () => {
  it.each([
    ['an assumed renewal', pmp, '2017-06-14', true],
    ['a renewal recorded by hand', pmp, '2023-03-01', false],
    ['no renewal', pmp, null, false],
    ['a day with no renewal stored', pmp, '2017-06-13', false],
    [
      'a day with both an assumed and a recorded renewal',
      held('pmp', '2014-06-15', [assumed('2017-06-14'), recorded('2017-06-14')]),
      '2017-06-14',
      false,
    ],
  ] as const)('%s', (_name, h, day, expected) => {
    expect(isAssumedRenewal(h, day)).toBe(expected);
  });
});

// PeopleCert (§3, B): passing an exam in the suite renews the certificate, so an exam passed
// on the day of an assumed renewal is the record of that renewal. PRINCE2 Practitioner earned
// 10 May 2020: renew-by dates 10 May 2023 and 10 May 2026, both renewals assumed.
const p2 = held('prince2-practitioner', '2020-05-10', [
  assumed('2023-05-10'),
  assumed('2026-05-10'),
]);
/** Another credential the user holds, earned (its exam passed) on `earnedDate`. */
const other = (credentialId: string, earnedDate: string): HeldWithRule => ({
  credential: { id: `other-${credentialId}`, credentialId, stage: 'earned', earnedDate },
  rule: rule(credentialId),
});
const self = (h: HeldCredential): HeldWithRule => ({ credential: h, rule: rule(h.credentialId) });
const withP2 = (renewals: Renewal[]) => held('prince2-practitioner', '2020-05-10', renewals);

describe('isAssumedRenewal when an exam is recorded', () => {
  it.each([
    // The exam on the renewal day: the renewal is on record, not assumed.
    [
      'PRINCE2 Agile passed on the renewal day',
      p2,
      '2023-05-10',
      [other('prince2-agile', '2023-05-10')],
      false,
    ],
    [
      'a renewal by exam recorded on the renewal day',
      withP2([assumed('2023-05-10'), exam('2023-05-10'), assumed('2026-05-10')]),
      '2023-05-10',
      [],
      false,
    ],
    // The exam on another day says nothing about this renewal.
    [
      'PRINCE2 Agile passed on another day',
      p2,
      '2023-05-10',
      [other('prince2-agile', '2023-05-09')],
      true,
    ],
    [
      'the next renewal, after an exam on the earlier renewal day',
      p2,
      '2026-05-10',
      [other('prince2-agile', '2023-05-10')],
      true,
    ],
    [
      'a renewal by exam recorded on another day',
      withP2([assumed('2023-05-10'), exam('2024-09-01'), assumed('2026-05-10')]),
      '2023-05-10',
      [],
      true,
    ],
    // Only an exam in the same suite renews it; a credential still to be earned has no exam.
    ['PMP earned on the renewal day', p2, '2023-05-10', [other('pmp', '2023-05-10')], true],
    [
      'PRINCE2 Agile only booked for the renewal day',
      p2,
      '2023-05-10',
      [
        {
          ...other('prince2-agile', '2023-05-10'),
          credential: {
            id: 'other-prince2-agile',
            credentialId: 'prince2-agile',
            stage: 'exam-booked',
            examDate: '2023-05-10',
          },
        },
      ],
      true,
    ],
    // Non-PeopleCert credentials: no suite, an exam that day renews nothing (§1).
    [
      'PMP, with PgMP and PRINCE2 Agile earned on its renewal day',
      pmp,
      '2017-06-14',
      [other('pgmp', '2017-06-14'), other('prince2-agile', '2017-06-14')],
      true,
    ],
  ] as const)('%s', (_name, h, day, alsoHeld, expected) => {
    const context = { alsoHeld: [self(h), ...alsoHeld] };
    expect(isAssumedRenewal(h, day, rule(h.credentialId), context)).toBe(expected);
  });

  it('looks at no suite exam when not given the rule and the other credentials', () => {
    expect(isAssumedRenewal(p2, '2023-05-10')).toBe(true);
  });

  it('offers no day to record for a renewal an exam in the suite is the record of', () => {
    const alsoHeld = [self(p2), other('prince2-agile', '2023-05-10')];
    const windowOf = (context?: { alsoHeld: HeldWithRule[] }) =>
      assumedRenewalWindow(p2, rule('prince2-practitioner'), 0, AS_OF, context);
    expect(windowOf({ alsoHeld })).toBeNull();
    expect(windowOf()).toEqual({ from: '2020-05-11', to: '2023-05-10' });
    // The cycle after it is still renewed by an assumed renewal: its day can be recorded.
    expect(assumedRenewalWindow(p2, rule('prince2-practitioner'), 1, AS_OF, { alsoHeld })).toEqual({
      from: '2023-05-11',
      to: '2026-05-10',
    });
  });
});

describe('assumedRenewalWindow', () => {
  it.each([
    // Cycle 1: after the earned day, to the end of its suspension year.
    ['PMP cycle 1', pmp, 0, { from: '2014-06-16', to: '2018-06-14' }],
    ['PMP cycle 2', pmp, 1, { from: '2017-06-15', to: '2021-06-14' }],
    ['PMP cycle 3, recorded by hand', pmp, 2, null],
    ['PMP cycle 4, not renewed', pmp, 3, null],
    [
      // Cycle 1 renewed by hand in its suspension year: cycle 2's renewal comes after that
      // year (another renewal in it renews cycle 1 again, so nothing: renewedThrough).
      'after the previous cycle’s renewal',
      held('pmp', '2014-06-15', [recorded('2018-01-10'), assumed('2020-06-14')]),
      1,
      { from: '2018-06-15', to: '2021-06-14' },
    ],
    [
      // Cycle 3 renewed early, on 1 Sep 2020: cycle 2's renewal comes before it.
      'before the next cycle’s renewal',
      held('pmp', '2014-06-15', [
        assumed('2017-06-14'),
        assumed('2020-06-14'),
        recorded('2020-09-01'),
      ]),
      1,
      { from: '2017-06-15', to: '2020-08-31' },
    ],
    [
      // PeopleCert CPD: by the renew-by date, no suspension year (§3).
      'PRINCE2 Practitioner cycle 1',
      held('prince2-practitioner', '2020-05-10', [assumed('2023-05-10'), assumed('2026-05-10')]),
      0,
      { from: '2020-05-11', to: '2023-05-10' },
    ],
  ] as const)('%s', (_name, h, index, expected) => {
    expect(assumedRenewalWindow(h, rule(h.credentialId), index, AS_OF)).toEqual(expected);
  });
});

describe('correctAssumedRenewal', () => {
  const fix = (h: HeldCredential, index: number, date: string) =>
    correctAssumedRenewal(h, rule(h.credentialId), index, date, AS_OF);

  it.each([
    ['no date', 1, '', { ok: false, code: 'DATE_REQUIRED' }],
    ['not a calendar day', 1, '2020-02-30', { ok: false, code: 'DATE_INVALID' }],
    ['tomorrow', 1, '2026-11-23', { ok: false, code: 'RENEWAL_IN_FUTURE' }],
    ['a renewal recorded by hand', 2, '2023-02-01', { ok: false, code: 'NOT_ASSUMED' }],
    [
      'the day after the suspension year',
      1,
      '2021-06-15',
      { ok: false, code: 'OUTSIDE_WINDOW', window: { from: '2017-06-15', to: '2021-06-14' } },
    ],
    [
      'the previous cycle’s last day',
      1,
      '2017-06-14',
      { ok: false, code: 'OUTSIDE_WINDOW', window: { from: '2017-06-15', to: '2021-06-14' } },
    ],
  ] as const)('refuses %s', (_name, index, date, expected) => {
    expect(fix(pmp, index, date)).toEqual(expected);
  });

  it('puts the real day in place of the assumed one, recorded by hand, every cycle kept', () => {
    // Renewed in cycle 2's suspension year: its activities up to that day count towards it.
    const result = fix(pmp, 1, '2020-09-01');
    if (!result.ok) throw new Error(result.code);
    expect(result.renewal).toEqual(recorded('2020-09-01'));
    expect(result.held.renewals).toEqual([
      assumed('2017-06-14'),
      recorded('2020-09-01'),
      recorded('2023-03-01'),
    ]);
    const before = cyclesFor(pmp, rule('pmp'), AS_OF);
    const after = cyclesFor(result.held, rule('pmp'), AS_OF);
    expect(after.map((c) => [c.start, c.end])).toEqual(before.map((c) => [c.start, c.end]));
    expect(after[1]).toMatchObject({ renewedOn: '2020-09-01', countTo: '2020-09-01' });
    expect(before[1]).toMatchObject({ renewedOn: '2020-06-14', countTo: '2020-06-14' });
    // A corrected earned date later keeps it: it is no longer assumed.
    expect(splitAssumed(result.held.renewals).recorded.map((r) => r.date)).toEqual([
      '2020-09-01',
      '2023-03-01',
    ]);
  });

  it('keeps PeopleCert’s renewal inside the cycle: no suspension year (§3)', () => {
    const p2 = held('prince2-practitioner', '2020-05-10', [
      assumed('2023-05-10'),
      assumed('2026-05-10'),
    ]);
    expect(fix(p2, 0, '2023-05-11')).toMatchObject({ ok: false, code: 'OUTSIDE_WINDOW' });
    const result = fix(p2, 0, '2022-11-30');
    if (!result.ok) throw new Error(result.code);
    expect(result.held.renewals).toEqual([recorded('2022-11-30'), assumed('2026-05-10')]);
    expect(cyclesFor(result.held, rule('prince2-practitioner'), AS_OF)[1]!.start).toBe(
      '2023-05-11',
    );
  });
});
