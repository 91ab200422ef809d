// "I have renewed it every cycle so far": the renewals recorded for a credential added long
// after it was earned, one per cycle ended before today, each on that cycle's last day, so the
// cycle in force is today's. Dates worked out by hand from domain-facts §1 (PMI: cycle ends the
// day before the third anniversary, then a one-year suspension), §3 (PeopleCert: renew-by =
// exam + 3 years, CPD moves it 3 years on, an exam in the suite starts a cycle on its day) and
// §4 (Scrum Alliance 2 years, IIBA 3 years + 1 suspended, ISACA fixed periods to 31 December).
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  keepCurrentPlan,
  renewalsToKeepCurrent,
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
}

const prince2Practitioner2019: HeldWithRule = {
  credential: held('prince2-practitioner', '2019-01-15'),
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
  },
  {
    name: 'PMI PMP in the suspension year after cycle 2 (§1)',
    credentialId: 'pmp',
    earned: '2020-02-03',
    renewals: ['2023-02-02', '2026-02-02'],
    current: ['2026-02-03', '2029-02-02'],
    stillRenewableUntil: '2027-02-02',
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
  },
  {
    // 2-year cycles, no suspension; the cycle ending in 2024 ends on 29 Feb.
    name: 'Scrum Alliance CSM (§4)',
    credentialId: 'csm',
    earned: '2020-03-01',
    renewals: ['2022-02-28', '2024-02-29', '2026-02-28'],
    current: ['2026-03-01', '2028-02-29'],
    stillRenewableUntil: null,
  },
  {
    // Fixed periods from 1 January after certification, each ending 31 December.
    name: 'ISACA CISA (§4)',
    credentialId: 'cisa',
    earned: '2015-05-10',
    renewals: ['2018-12-31', '2021-12-31', '2024-12-31'],
    current: ['2025-01-01', '2027-12-31'],
    stillRenewableUntil: null,
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
    // CPD renewal by the renew-by date; the next renew-by date is 3 years after the last.
    name: 'PeopleCert PRINCE2 Practitioner by CPD (§3)',
    credentialId: 'prince2-practitioner',
    earned: '2017-05-10',
    renewals: ['2020-05-10', '2023-05-10', '2026-05-10'],
    current: ['2026-05-11', '2029-05-10'],
    stillRenewableUntil: null,
  },
  {
    // The Practitioner exam on 15 Jan 2019 renewed Foundation and started a cycle that day:
    // only the cycles after it need a renewal.
    name: 'PeopleCert PRINCE2 Foundation renewed once by a suite exam (§3)',
    credentialId: 'prince2-foundation',
    earned: '2017-05-10',
    context: { alsoHeld: [prince2Practitioner2019] },
    renewals: ['2022-01-15', '2025-01-15'],
    current: ['2025-01-16', '2028-01-15'],
    stillRenewableUntil: null,
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
    expect(plan.renewals.every((x) => x.method === 'credits')).toBe(true);
    expect(plan.stillRenewableUntil).toBe(c.stillRenewableUntil);
    expect(renewalsToKeepCurrent(h, r, asOf, c.context)).toEqual(plan.renewals);

    // Every renewal is accepted by the body's rule and starts the next cycle.
    const kept = withRenewals(h, plan.renewals);
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
      keepCurrentPlan(held('prince2-foundation', '2017-05-10'), rule('prince2-foundation'), AS_OF)
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
});
