// "I have renewed it every cycle so far": the renewals recorded for a credential added long
// after it was earned, one per cycle ended before today, each on that cycle's last day, so the
// cycle in force is today's. Dates worked out by hand from domain-facts §1 (PMI: cycle ends the
// day before the third anniversary, then a one-year suspension), §3 (PeopleCert: renew-by =
// exam + 3 years, CPD moves it 3 years on, an exam in the suite starts a cycle on its day; the
// rule applies from 1 Jan 2023) and §4 (Scrum Alliance 2 years, IIBA 3 years + 1 suspended,
// ISACA fixed periods to 31 December).
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  assumedTakenOut,
  cyclesFor,
  EARLIEST_PLAUSIBLE_EARNED,
  hasLapsedForGood,
  keepCurrentAsked,
  keepCurrentDraft,
  keepCurrentPlan,
  renewalsKept,
  renewalsToKeepCurrent,
  splitAssumed,
  standingWith,
  validateHeldCredential,
  validateRenewals,
  withRenewals,
  type CycleContext,
  type HeldCredential,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';

const AS_OF = '2026-11-22';
const rule = (id: string) => findCredentialRule(id)!;
const held = (
  credentialId: string,
  earnedDate: string,
  renewals: Renewal[] = [],
): HeldCredential => ({
  id: `h-${credentialId}`,
  credentialId,
  stage: 'earned',
  earnedDate,
  renewals,
});

interface Case {
  name: string;
  credentialId: string;
  earned: string;
  recorded?: Renewal[];
  asOf?: string;
  context?: CycleContext;
  /** Dates of the renewals Ascent records. */
  renewals: string[];
  /** The cycle in force on asOf once they are recorded. */
  current: [start: string, end: string];
  stillRenewableUntil: string | null;
  /**
   * Worked out by hand from the rule, not by cyclesFor: for each renewal, the cycle it renews
   * (first day) and the last day it could be renewed (the end of its suspension year, or its
   * renew-by date when the rule has none).
   */
  windows?: [start: string, lastRenewalDay: string][];
}

const prince2Practitioner2023: HeldWithRule = {
  credential: held('prince2-practitioner', '2023-03-20'),
  rule: rule('prince2-practitioner'),
};

const cases: Case[] = [
  {
    // The walk-through: 4 cycles ended; the 4th ended 14 Jun 2026 and its suspension year
    // (PMI §1) runs to 14 Jun 2027, so that renewal may still be owed.
    name: 'PMI PMP earned 15 Jun 2014 (§1)',
    credentialId: 'pmp',
    earned: '2014-06-15',
    renewals: ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14'],
    current: ['2026-06-15', '2029-06-14'],
    stillRenewableUntil: '2027-06-14',
    // Each cycle ends the day before the third anniversary, then a year of suspension.
    windows: [
      ['2014-06-15', '2018-06-14'],
      ['2017-06-15', '2021-06-14'],
      ['2020-06-15', '2024-06-14'],
      ['2023-06-15', '2027-06-14'],
    ],
  },
  {
    // A cycle ending today is still running: no renewal for it.
    name: 'PMI PMP, the 4th cycle ends today (§1)',
    credentialId: 'pmp',
    earned: '2014-06-15',
    asOf: '2026-06-14',
    renewals: ['2017-06-14', '2020-06-14', '2023-06-14'],
    current: ['2023-06-15', '2026-06-14'],
    stillRenewableUntil: null,
  },
  {
    name: 'PMI PMP, the 4th cycle ended yesterday (§1)',
    credentialId: 'pmp',
    earned: '2014-06-15',
    asOf: '2026-06-15',
    renewals: ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14'],
    current: ['2026-06-15', '2029-06-14'],
    stillRenewableUntil: '2027-06-14',
  },
  {
    // Only the cycles no recorded renewal closes get one.
    name: 'PMI PMP with its first renewal already recorded (§1)',
    credentialId: 'pmp',
    earned: '2014-06-15',
    recorded: [{ date: '2017-05-01' }],
    renewals: ['2020-06-14', '2023-06-14', '2026-06-14'],
    current: ['2026-06-15', '2029-06-14'],
    stillRenewableUntil: '2027-06-14',
    // The early renewal does not move the rhythm: cycle 2 still starts on the anniversary.
    windows: [
      ['2017-06-15', '2021-06-14'],
      ['2020-06-15', '2024-06-14'],
      ['2023-06-15', '2027-06-14'],
    ],
  },
  {
    // 29 Feb + 36 months falls on 1 Mar (README Decisions): each cycle ends 28 Feb, and in 2024
    // the anniversary is 29 Feb again, so cycle 5 starts that day.
    name: 'PMI PgMP earned on a leap day (§1)',
    credentialId: 'pgmp',
    earned: '2012-02-29',
    renewals: ['2015-02-28', '2018-02-28', '2021-02-28', '2024-02-28'],
    current: ['2024-02-29', '2027-02-28'],
    stillRenewableUntil: null,
    // Suspension years end the day before the fourth anniversary: 29 Feb 2016 exists, so
    // the first ends 28 Feb 2016; the others the day before 1 Mar.
    windows: [
      ['2012-02-29', '2016-02-28'],
      ['2015-03-01', '2019-02-28'],
      ['2018-03-01', '2022-02-28'],
      ['2021-03-01', '2025-02-28'],
    ],
  },
  {
    name: 'PMI PMP in the suspension year after cycle 2 (§1)',
    credentialId: 'pmp',
    earned: '2020-02-03',
    renewals: ['2023-02-02', '2026-02-02'],
    current: ['2026-02-03', '2029-02-02'],
    stillRenewableUntil: '2027-02-02',
    windows: [
      ['2020-02-03', '2024-02-02'],
      ['2023-02-03', '2027-02-02'],
    ],
  },
  {
    name: 'PMI PMP on the last day of that suspension (§1)',
    credentialId: 'pmp',
    earned: '2020-02-03',
    asOf: '2027-02-02',
    renewals: ['2023-02-02', '2026-02-02'],
    current: ['2026-02-03', '2029-02-02'],
    stillRenewableUntil: '2027-02-02',
  },
  {
    // Unrenewed it would be expired from today; the renewal, dated in its cycle, still counts.
    name: 'PMI PMP the day after that suspension (§1)',
    credentialId: 'pmp',
    earned: '2020-02-03',
    asOf: '2027-02-03',
    renewals: ['2023-02-02', '2026-02-02'],
    current: ['2026-02-03', '2029-02-02'],
    stillRenewableUntil: null,
  },
  {
    name: 'IIBA CBAP: 3 years, then a suspension year (§4)',
    credentialId: 'cbap',
    earned: '2017-01-10',
    renewals: ['2020-01-09', '2023-01-09', '2026-01-09'],
    current: ['2026-01-10', '2029-01-09'],
    stillRenewableUntil: '2027-01-09',
    // Like PMI: the day before the third anniversary, then one suspended year (§4).
    windows: [
      ['2017-01-10', '2021-01-09'],
      ['2020-01-10', '2024-01-09'],
      ['2023-01-10', '2027-01-09'],
    ],
  },
  {
    // 2-year cycles, no suspension; the cycle ending in 2024 ends on 29 Feb.
    name: 'Scrum Alliance CSM (§4)',
    credentialId: 'csm',
    earned: '2020-03-01',
    renewals: ['2022-02-28', '2024-02-29', '2026-02-28'],
    current: ['2026-03-01', '2028-02-29'],
    stillRenewableUntil: null,
    // No suspension: the window closes with the cycle.
    windows: [
      ['2020-03-01', '2022-02-28'],
      ['2022-03-01', '2024-02-29'],
      ['2024-03-01', '2026-02-28'],
    ],
  },
  {
    // Fixed periods from 1 January after certification, each ending 31 December.
    name: 'ISACA CISA (§4)',
    credentialId: 'cisa',
    earned: '2015-05-10',
    renewals: ['2018-12-31', '2021-12-31', '2024-12-31'],
    current: ['2025-01-01', '2027-12-31'],
    stillRenewableUntil: null,
    // The first period takes in the months of 2015 after certification.
    windows: [
      ['2015-05-10', '2018-12-31'],
      ['2019-01-01', '2021-12-31'],
      ['2022-01-01', '2024-12-31'],
    ],
  },
  {
    name: 'ISACA CISA, the period ends today, 31 Dec (§4)',
    credentialId: 'cisa',
    earned: '2015-05-10',
    asOf: '2024-12-31',
    renewals: ['2018-12-31', '2021-12-31'],
    current: ['2022-01-01', '2024-12-31'],
    stillRenewableUntil: null,
  },
  {
    // CPD renewal by the renew-by date (exam + 3 years, no suspension); the next renew-by
    // date is 3 years after the last, the next cycle starting the day after it.
    name: 'PeopleCert PRINCE2 Practitioner by CPD (§3)',
    credentialId: 'prince2-practitioner',
    earned: '2020-05-10',
    renewals: ['2023-05-10', '2026-05-10'],
    current: ['2026-05-11', '2029-05-10'],
    stillRenewableUntil: null,
    windows: [
      ['2020-05-10', '2023-05-10'],
      ['2023-05-11', '2026-05-10'],
    ],
  },
  {
    // Renew-by dates began with exams from 1 Jan 2023: an exam that very day gets one.
    name: 'PeopleCert PRINCE2 Foundation passed 1 Jan 2023 (§3)',
    credentialId: 'prince2-foundation',
    earned: '2023-01-01',
    renewals: ['2026-01-01'],
    current: ['2026-01-02', '2029-01-01'],
    stillRenewableUntil: null,
    windows: [['2023-01-01', '2026-01-01']],
  },
  {
    // Foundation from 2017 had no renew-by date; the Practitioner exam on 20 Mar 2023 gave it
    // one (20 Mar 2026): only that cycle needs a renewal.
    name: 'PeopleCert PRINCE2 Foundation from 2017, given a renew-by by a 2023 suite exam (§3)',
    credentialId: 'prince2-foundation',
    earned: '2017-05-10',
    context: { alsoHeld: [prince2Practitioner2023] },
    renewals: ['2026-03-20'],
    current: ['2026-03-21', '2029-03-20'],
    stillRenewableUntil: null,
    windows: [['2023-03-20', '2026-03-20']],
  },
  {
    name: 'PMI Disciplined Agile: 1-year cycles (§1)',
    credentialId: 'disciplined-agile',
    earned: '2022-04-10',
    renewals: ['2023-04-09', '2024-04-09', '2025-04-09', '2026-04-09'],
    current: ['2026-04-10', '2027-04-09'],
    stillRenewableUntil: null,
  },
];

describe('renewalsToKeepCurrent', () => {
  it.each(cases)('$name', (c) => {
    const asOf = c.asOf ?? AS_OF;
    const h = held(c.credentialId, c.earned, c.recorded);
    const r = rule(c.credentialId);
    const plan = keepCurrentPlan(h, r, asOf, c.context);
    expect(plan.renewals.map((x) => x.date)).toEqual(c.renewals);
    expect(plan.renewals.every((x) => x.method === 'credits' && x.assumed === true)).toBe(true);
    expect(plan.stillRenewableUntil).toBe(c.stillRenewableUntil);
    expect(renewalsToKeepCurrent(h, r, asOf, c.context)).toEqual(plan.renewals);

    // Every renewal falls in the window worked out by hand, and renews that very cycle.
    const kept = withRenewals(h, plan.renewals);
    if (c.windows) {
      expect(c.windows).toHaveLength(plan.renewals.length);
      plan.renewals.forEach((x, i) => {
        const [start, lastDay] = c.windows![i]!;
        expect(x.date >= start && x.date <= lastDay, `${x.date} in ${start}…${lastDay}`).toBe(true);
      });
      const renewed = cyclesFor(kept, r, asOf, c.context).filter((y) =>
        plan.renewals.some((x) => x.date === y.renewedOn),
      );
      expect(renewed.map((y) => [y.start, y.suspension?.end ?? y.end])).toEqual(c.windows);
    }
    // Every renewal is accepted by the body's rule and starts the next cycle.
    expect(validateHeldCredential(kept, asOf)).toEqual([]);
    expect(validateRenewals(kept, r, asOf, c.context)).toEqual([]);
    const standing = standingWith(h, r, plan.renewals, asOf, c.context);
    expect(standing.status).toBe('active');
    expect([standing.cycle?.start, standing.cycle?.end]).toEqual(c.current);
    expect(standing.cycle?.phase).toBe('current');
    // Nothing more to record once they are.
    expect(renewalsToKeepCurrent(kept, r, asOf, c.context)).toEqual([]);
  });

  it('says what an unrenewed cycle turns into: expired, or PeopleCert’s “not current”', () => {
    expect(keepCurrentPlan(held('pmp', '2014-06-15'), rule('pmp'), AS_OF).lapseKind).toBe(
      'expired',
    );
    expect(keepCurrentPlan(held('csm', '2020-03-01'), rule('csm'), AS_OF).lapseKind).toBe(
      'expired',
    );
    expect(
      keepCurrentPlan(held('prince2-foundation', '2023-05-10'), rule('prince2-foundation'), AS_OF)
        .lapseKind,
    ).toBe('not-current');
  });

  it('without the last renewal, in its suspension year, PMP shows as suspended', () => {
    const h = held('pmp', '2020-02-03');
    const plan = keepCurrentPlan(h, rule('pmp'), AS_OF);
    const standing = standingWith(h, rule('pmp'), plan.renewals.slice(0, -1), AS_OF);
    expect(standing.status).toBe('suspended');
    expect([standing.cycle?.start, standing.cycle?.end]).toEqual(['2023-02-03', '2026-02-02']);
    // The day after the suspension, the same choice leaves it expired.
    const later = keepCurrentPlan(h, rule('pmp'), '2027-02-03');
    expect(standingWith(h, rule('pmp'), later.renewals.slice(0, -1), '2027-02-03').status).toBe(
      'expired',
    );
  });

  it.each<[string, HeldCredential, string]>([
    // CompTIA Project+ is valid for life (§4): no cycles, nothing to renew.
    [
      'lifetime (CompTIA Project+)',
      held('comptia-project-plus', '2010-01-01'),
      'comptia-project-plus',
    ],
    // PMP earned 23 Nov 2023: its first cycle ends today, 22 Nov 2026.
    ['first cycle ends today', held('pmp', '2023-11-23'), 'pmp'],
    ['first cycle still running', held('pmp', '2025-01-15'), 'pmp'],
    ['not earned yet', { ...held('pmp', '2014-06-15'), stage: 'preparing' }, 'pmp'],
    ['earned date after today', held('pmp', '2027-01-01'), 'pmp'],
    ['no earned date', { ...held('pmp', '2014-06-15'), earnedDate: null }, 'pmp'],
    ['an earned date that is not a date', held('pmp', '2014-13-45'), 'pmp'],
    // A year still being typed (0002, 0020, 0201…), and the day before the plausible bound.
    ['a year being typed: 0002', held('pmp', '0002-06-15'), 'pmp'],
    ['a year being typed: 0201', held('pmp', '0201-06-15'), 'pmp'],
    ['earned 31 Dec 1959', held('disciplined-agile', '1959-12-31'), 'disciplined-agile'],
    // PeopleCert certificates needed no renewing before 1 Jan 2023 (§3): a cycle that ended
    // earlier gets no renewal, nor do the ones after it.
    [
      'PeopleCert, first renew-by 10 May 2020',
      held('prince2-practitioner', '2017-05-10'),
      'prince2-practitioner',
    ],
    // A Foundation certificate from before 2023 has no renew-by date at all (§3, §5.4).
    [
      'PeopleCert Foundation passed 31 Dec 2022',
      held('prince2-foundation', '2022-12-31'),
      'prince2-foundation',
    ],
  ])('nothing to record: %s', (_name, h, id) => {
    expect(renewalsToKeepCurrent(h, rule(id), AS_OF)).toEqual([]);
    expect(keepCurrentPlan(h, rule(id), AS_OF).stillRenewableUntil).toBeNull();
  });

  it('a rule without a cycle length (a PeopleCert rule set to none by the user) asks nothing', () => {
    const noCycle = { ...rule('prince2-foundation'), cycleMonths: null };
    expect(renewalsToKeepCurrent(held('prince2-foundation', '2015-01-01'), noCycle, AS_OF)).toEqual(
      [],
    );
  });

  it('asks from 1 Jan 1960 on: PMP earned that day gets 22 renewals, the last still renewable', () => {
    expect(EARLIEST_PLAUSIBLE_EARNED).toBe('1960-01-01');
    const plan = keepCurrentPlan(held('pmp', '1960-01-01'), rule('pmp'), AS_OF);
    // Cycles end the day before each third anniversary: 31 Dec 1962, … 31 Dec 2025.
    expect(plan.renewals).toHaveLength(22);
    expect(plan.renewals[0]?.date).toBe('1962-12-31');
    expect(plan.renewals.at(-1)?.date).toBe('2025-12-31');
    expect(plan.stillRenewableUntil).toBe('2026-12-31');
  });
});

describe('assumed renewals', () => {
  it('an earned date moved later: the assumed renewals go, hand-recorded ones stay, and the plan is made again', () => {
    // Added as earned 15 Jun 2014 with one renewal recorded by hand and the rest assumed.
    const first = held('pmp', '2014-06-15', [{ date: '2017-05-01' }]);
    const stored = withRenewals(first, keepCurrentPlan(first, rule('pmp'), AS_OF).renewals);
    expect(stored.renewals?.map((x) => [x.date, x.assumed ?? false])).toEqual([
      ['2017-05-01', false],
      ['2020-06-14', true],
      ['2023-06-14', true],
      ['2026-06-14', true],
    ]);
    const { assumed, recorded } = splitAssumed(stored.renewals);
    expect(assumed.map((x) => x.date)).toEqual(['2020-06-14', '2023-06-14', '2026-06-14']);
    expect(recorded).toEqual([{ date: '2017-05-01' }]);

    // Corrected to 1 Mar 2015. Kept as they were, the assumed renewal of 14 Jun 2026 renews
    // cycle 4 (1 Mar 2024 – 28 Feb 2027) early, and today's cycle asks for nothing.
    const moved = { ...stored, earnedDate: '2015-03-01' };
    const wrong = standingWith(moved, rule('pmp'), [], AS_OF);
    expect([wrong.cycle?.start, wrong.cycle?.renewedOn]).toEqual(['2024-03-01', '2026-06-14']);

    // Without them: the hand renewal of 1 May 2017 renews cycle 1 (1 Mar 2015 – 28 Feb 2018);
    // cycles 2 and 3 end the day before each third anniversary (2024 is a leap year).
    const replanned = { ...moved, renewals: recorded };
    const plan = keepCurrentPlan(replanned, rule('pmp'), AS_OF);
    expect(plan.renewals.map((x) => x.date)).toEqual(['2021-02-28', '2024-02-29']);
    expect(plan.stillRenewableUntil).toBeNull();
    const standing = standingWith(replanned, rule('pmp'), plan.renewals, AS_OF);
    expect(standing.status).toBe('active');
    expect([standing.cycle?.start, standing.cycle?.end, standing.cycle?.renewedOn]).toEqual([
      '2024-03-01',
      '2027-02-28',
      null,
    ]);
  });

  it('the flag passes the save check when true or false, and is refused otherwise', () => {
    const ok = held('pmp', '2014-06-15', [
      { date: '2017-06-14', assumed: true },
      { date: '2020-06-14', assumed: false },
    ]);
    expect(validateHeldCredential(ok, AS_OF)).toEqual([]);
    const odd = held('pmp', '2014-06-15', [
      { date: '2017-06-14', assumed: 'yes' as unknown as boolean },
    ]);
    expect(validateHeldCredential(odd, AS_OF)).toEqual([
      { field: 'renewals.0.assumed', code: 'UNKNOWN_VALUE' },
    ]);
  });
});

// The add/edit form's rules (keep-current.tsx renders them): what an edit of the earned date
// takes out, when the question is asked, and whether its box starts ticked (README Decisions).
const assumed = (date: string): Renewal => ({ date, method: 'credits', assumed: true });
/** PMP earned 15 Jun 2014, saved with the box ticked after recording 1 May 2017 by hand. */
const pmp2014Renewals: Renewal[] = [
  { date: '2017-05-01' },
  assumed('2020-06-14'),
  assumed('2023-06-14'),
  assumed('2026-06-14'),
];

describe('assumedTakenOut: what an edit of the earned date takes out', () => {
  const stored = held('pmp', '2014-06-15', pmp2014Renewals);
  it.each<{
    name: string;
    existing: HeldCredential | undefined;
    form: { credentialId: string; earnedDate: string };
    renewals: string[];
    from: string | null;
    recordedKept: number;
  }>([
    {
      name: 'a new credential: nothing',
      existing: undefined,
      form: { credentialId: 'pmp', earnedDate: '2014-06-15' },
      renewals: [],
      from: null,
      recordedKept: 0,
    },
    {
      name: 'the earned date as stored: nothing, the hand-recorded one counted',
      existing: stored,
      form: { credentialId: 'pmp', earnedDate: '2014-06-15' },
      renewals: [],
      from: null,
      recordedKept: 1,
    },
    {
      name: 'moved a day later: the 3 assumed ones, worked out from 15 Jun 2014',
      existing: stored,
      form: { credentialId: 'pmp', earnedDate: '2014-06-16' },
      renewals: ['2020-06-14', '2023-06-14', '2026-06-14'],
      from: '2014-06-15',
      recordedKept: 1,
    },
    {
      name: 'the year half typed (201): the assumed ones',
      existing: stored,
      form: { credentialId: 'pmp', earnedDate: '201' },
      renewals: ['2020-06-14', '2023-06-14', '2026-06-14'],
      from: '2014-06-15',
      recordedKept: 1,
    },
    {
      name: 'the earned date cleared: the assumed ones',
      existing: stored,
      form: { credentialId: 'pmp', earnedDate: '' },
      renewals: ['2020-06-14', '2023-06-14', '2026-06-14'],
      from: '2014-06-15',
      recordedKept: 1,
    },
    {
      name: 'another credential (PgMP), same date: the assumed ones',
      existing: stored,
      form: { credentialId: 'pgmp', earnedDate: '2014-06-15' },
      renewals: ['2020-06-14', '2023-06-14', '2026-06-14'],
      from: '2014-06-15',
      recordedKept: 1,
    },
    {
      name: 'moved, but every renewal recorded by hand: none, both counted',
      existing: held('pmp', '2014-06-15', [{ date: '2017-05-01' }, { date: '2020-05-01' }]),
      form: { credentialId: 'pmp', earnedDate: '2015-03-01' },
      renewals: [],
      from: '2014-06-15',
      recordedKept: 2,
    },
    {
      name: 'stored with no earned date, still none typed: nothing',
      existing: { ...held('pmp', '', pmp2014Renewals), earnedDate: null },
      form: { credentialId: 'pmp', earnedDate: '' },
      renewals: [],
      from: null,
      recordedKept: 1,
    },
  ])('$name', ({ existing, form, renewals, from, recordedKept }) => {
    const out = assumedTakenOut(existing, form);
    expect(out.renewals.map((r) => r.date)).toEqual(renewals);
    expect(out.renewals.every((r) => r.assumed === true)).toBe(true);
    expect(out.from).toBe(from);
    expect(out.recordedKept).toBe(recordedKept);
  });
});

describe('renewalsKept: the stored renewals a save keeps', () => {
  it.each<[name: string, stored: Renewal[] | undefined, takenOut: Renewal[], kept: string[]]>([
    [
      'nothing taken out: all of them',
      pmp2014Renewals,
      [],
      ['2017-05-01', '2020-06-14', '2023-06-14', '2026-06-14'],
    ],
    [
      'assumed ones taken out: the one recorded by hand',
      pmp2014Renewals,
      [assumed('2020-06-14')],
      ['2017-05-01'],
    ],
    ['none stored', undefined, [], []],
  ])('%s', (_name, stored, takenOut, kept) => {
    const out = renewalsKept(stored, { renewals: takenOut });
    expect(out.map((r) => r.date)).toEqual(kept);
    expect(out).not.toBe(stored);
  });
});

describe('hasLapsedForGood: a stored credential with a cycle past renewing', () => {
  // Each row: the plan for the credential as stored on 22 Nov 2026, worked out by hand.
  it.each<{
    name: string;
    h: HeldCredential;
    renewals: string[];
    stillRenewableUntil: string | null;
    lapsed: boolean;
  }>([
    {
      // PMI §1: cycles end 14 Jun 2017, 2020, 2023 (suspensions over) and 2026 (to 14 Jun 2027).
      name: 'PMP earned 15 Jun 2014: three cycles past their suspension year',
      h: held('pmp', '2014-06-15'),
      renewals: ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14'],
      stillRenewableUntil: '2027-06-14',
      lapsed: true,
    },
    {
      // Cycle 1 ended 14 Jun 2025; its suspension year ended 14 Jun 2026.
      name: 'PMP earned 15 Jun 2022: cycle 1 past its suspension year',
      h: held('pmp', '2022-06-15'),
      renewals: ['2025-06-14'],
      stillRenewableUntil: null,
      lapsed: true,
    },
    {
      // Cycle 1 ended 9 Jan 2026; it can be renewed until 9 Jan 2027.
      name: 'PMP earned 10 Jan 2023: cycle 1 in its suspension year only',
      h: held('pmp', '2023-01-10'),
      renewals: ['2026-01-09'],
      stillRenewableUntil: '2027-01-09',
      lapsed: false,
    },
    {
      name: 'PMP earned 15 Jan 2025: cycle 1 still running',
      h: held('pmp', '2025-01-15'),
      renewals: [],
      stillRenewableUntil: null,
      lapsed: false,
    },
    {
      // Scrum Alliance §4: 2 years, no suspension; cycle 1 ended 28 Feb 2026.
      name: 'CSM earned 1 Mar 2024: no suspension, so lapsed the day after',
      h: held('csm', '2024-03-01'),
      renewals: ['2026-02-28'],
      stillRenewableUntil: null,
      lapsed: true,
    },
    {
      name: 'PMP earned 15 Jun 2014, every renewal stored',
      h: held('pmp', '2014-06-15', [
        assumed('2017-06-14'),
        assumed('2020-06-14'),
        assumed('2023-06-14'),
        assumed('2026-06-14'),
      ]),
      renewals: [],
      stillRenewableUntil: null,
      lapsed: false,
    },
  ])('$name', ({ h, renewals, stillRenewableUntil, lapsed }) => {
    const plan = keepCurrentPlan(h, rule(h.credentialId), AS_OF);
    expect(plan.renewals.map((r) => r.date)).toEqual(renewals);
    expect(plan.stillRenewableUntil).toBe(stillRenewableUntil);
    expect(hasLapsedForGood(plan)).toBe(lapsed);
  });
});

describe('keepCurrentDraft: when the form asks, and about what', () => {
  const booked = { ...held('pmp', ''), stage: 'exam-booked' as const, earnedDate: null };
  const stored = {
    ...held('pmp', '2014-06-15', pmp2014Renewals),
    examDate: '2014-06-15',
    overrides: { totalHours: 70 },
    createdAt: '2025-01-02T10:00:00.000Z',
  };
  it.each<{
    name: string;
    form: { credentialId: string; stage: HeldCredential['stage']; earnedDate: string };
    existing?: HeldCredential & { overrides?: object; createdAt?: string };
    takenOut?: Renewal[];
    draft: object | null;
  }>([
    {
      name: 'no credential chosen: not asked',
      form: { credentialId: '', stage: 'earned', earnedDate: '2014-06-15' },
      draft: null,
    },
    {
      name: 'preparing: not asked',
      form: { credentialId: 'pmp', stage: 'preparing', earnedDate: '2014-06-15' },
      draft: null,
    },
    {
      name: 'a new one, earned 15 Jun 2014',
      form: { credentialId: 'pmp', stage: 'earned', earnedDate: '2014-06-15' },
      draft: {
        id: 'new-credential',
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2014-06-15',
        renewals: [],
      },
    },
    {
      name: 'a new one, no earned date yet',
      form: { credentialId: 'pmp', stage: 'earned', earnedDate: '' },
      draft: {
        id: 'new-credential',
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: null,
        renewals: [],
      },
    },
    {
      name: 'an edit leaving the stage and earned date as stored: not asked',
      form: { credentialId: 'pmp', stage: 'earned', earnedDate: '2014-06-15' },
      existing: stored,
      draft: null,
    },
    {
      name: 'an edit of the credential only: not asked',
      form: { credentialId: 'pgmp', stage: 'earned', earnedDate: '2014-06-15' },
      existing: stored,
      draft: null,
    },
    {
      name: 'booked, now earned on 10 Mar 2020: the stored fields carried, its id kept',
      form: { credentialId: 'pmp', stage: 'earned', earnedDate: '2020-03-10' },
      existing: booked,
      draft: { ...booked, stage: 'earned', earnedDate: '2020-03-10', renewals: [] },
    },
    {
      name: 'earned date moved to 1 Mar 2015: the assumed ones out, the hand one and overrides kept',
      form: { credentialId: 'pmp', stage: 'earned', earnedDate: '2015-03-01' },
      existing: stored,
      takenOut: pmp2014Renewals.slice(1),
      draft: { ...stored, earnedDate: '2015-03-01', renewals: [{ date: '2017-05-01' }] },
    },
  ])('$name', ({ form, existing, takenOut, draft }) => {
    expect(keepCurrentDraft(form, existing, { renewals: takenOut ?? [] })).toEqual(draft);
  });
});

describe('keepCurrentAsked: what the question says and whether it starts ticked', () => {
  it.each<{
    name: string;
    draft: HeldCredential;
    existing?: HeldCredential;
    context?: CycleContext;
    /** Null: not asked. */
    asked: { renewals: string[]; firstEnded: number; likely: boolean } | null;
  }>([
    {
      name: 'PMP earned 15 Jun 2014: cycle 1 first, ticked (a lapse costs a PMI credential, §1)',
      draft: held('pmp', '2014-06-15'),
      asked: {
        renewals: ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14'],
        firstEnded: 1,
        likely: true,
      },
    },
    {
      name: 'PMP with 1 May 2017 recorded by hand: cycle 2 first',
      draft: held('pmp', '2014-06-15', [{ date: '2017-05-01' }]),
      asked: { renewals: ['2020-06-14', '2023-06-14', '2026-06-14'], firstEnded: 2, likely: true },
    },
    {
      name: 'PMP whose cycle 1 still runs: not asked',
      draft: held('pmp', '2025-01-15'),
      asked: null,
    },
    {
      // ISACA §4: periods to 31 Dec 2018, 2021 and 2024.
      name: 'CISA earned 10 May 2015: ticked, shown expired when not renewed',
      draft: held('cisa', '2015-05-10'),
      asked: { renewals: ['2018-12-31', '2021-12-31', '2024-12-31'], firstEnded: 1, likely: true },
    },
    {
      // §3: not current, not expired. Foundation from 2017 had no renew-by date until the
      // Practitioner exam of 20 Mar 2023 began its cycle 1, which ended 20 Mar 2026 unrenewed.
      name: 'PRINCE2 Foundation given a renew-by by a suite exam: not ticked (PeopleCert)',
      draft: held('prince2-foundation', '2017-05-10'),
      context: { alsoHeld: [prince2Practitioner2023] },
      asked: { renewals: ['2026-03-20'], firstEnded: 1, likely: false },
    },
    {
      // Stored 15 Jun 2014 unrenewed: cycles ending 2017, 2020 and 2023 are past renewing.
      // Moved to 1 Mar 2015, cycles end 28 Feb 2018, 2021 and 29 Feb 2024 (suspension over
      // 28 Feb 2025).
      name: 'an edit of a PMP stored lapsed: not ticked',
      draft: held('pmp', '2015-03-01'),
      existing: held('pmp', '2014-06-15'),
      asked: { renewals: ['2018-02-28', '2021-02-28', '2024-02-29'], firstEnded: 1, likely: false },
    },
    {
      // Stored 10 Jan 2023: cycle 1 in its suspension year to 9 Jan 2027, not lapsed for good.
      // Moved to 15 Jun 2022: cycle 1 ended 14 Jun 2025, suspension over 14 Jun 2026.
      name: 'an edit of a PMP stored in its suspension year only: ticked',
      draft: held('pmp', '2022-06-15'),
      existing: held('pmp', '2023-01-10'),
      asked: { renewals: ['2025-06-14'], firstEnded: 1, likely: true },
    },
    {
      // Moved a year earlier, to 15 Jun 2013: cycles end 14 Jun 2016, 2019, 2022 and 2025.
      name: 'an edit of a PMP stored with every renewal: ticked',
      draft: held('pmp', '2013-06-15'),
      existing: held('pmp', '2014-06-15', [
        assumed('2017-06-14'),
        assumed('2020-06-14'),
        assumed('2023-06-14'),
        assumed('2026-06-14'),
      ]),
      asked: {
        renewals: ['2016-06-14', '2019-06-14', '2022-06-14', '2025-06-14'],
        firstEnded: 1,
        likely: true,
      },
    },
  ])('$name', ({ draft, existing, context, asked }) => {
    const got = keepCurrentAsked(draft, existing, rule(draft.credentialId), AS_OF, context);
    expect(
      got && {
        renewals: got.plan.renewals.map((r) => r.date),
        firstEnded: got.firstEnded,
        likely: got.likely,
      },
    ).toEqual(asked);
  });
});
