// The end of a yearly minimum's year is a deadline while that year's minimum is not met
// (domain-facts §3: PeopleCert asks for 20 CPD points every 12 months for 3 years, 5 of them
// from professional experience; §4: ISACA for at least 20 CPE hours every calendar year).
// Not for a year already met, a certificate on PeopleCert's exam route (no CPD asked,
// credits/renewal-route.ts), an expired credential, nor a year that has already ended.
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  evaluateCurrentCycle,
  type Activity,
  type CycleStatus,
} from '../../../../shared/domain/credits';
import {
  collectDeadlines,
  dueReminders,
  yearlyMinimumDue,
  type DeadlineSources,
} from '../../../../shared/domain/study';
import { activity, givingBack, holding } from '../credits/fixtures';

const TODAY = '2026-12-06';

/** The cycle in force on `asOf`, as the credit summary evaluates it for the deadlines. */
const current = (h: HeldWithRule, log: readonly Activity[] = [], asOf = TODAY) =>
  evaluateCurrentCycle(h.rule, h.credential, log, asOf, { alsoHeld: [h] });

// PRINCE2 Practitioner, exam 20 Jan 2025 (the reviewer's case): renew by 20 Jan 2028; CPD years
// 20 Jan 2025 – 19 Jan 2026, 20 Jan 2026 – 19 Jan 2027, 20 Jan 2027 – 20 Jan 2028.
const practitioner = holding('prince2-practitioner', '2025-01-20');
const cpdYear2 = { start: '2026-01-20', end: '2027-01-19' };
const experience = 'professional-experience';
// CISA, exam 10 Mar 2024: the 3-year period 2025–2027 (the first year from the exam day).
const cisa = holding('cisa', '2024-03-10');
const calendar2026 = { start: '2026-01-01', end: '2026-12-31' };

describe('yearlyMinimumDue, from the cycle evaluation', () => {
  const inYear2 = (short: number, experienceShort: number | null) => ({
    period: cpdYear2,
    unit: 'CPD',
    minimum: 20,
    short,
    categories: experienceShort === null ? [] : [{ category: experience, short: experienceShort }],
    categoryMinimums: [],
  });
  it.each([
    [
      '§3 PeopleCert: nothing logged in the CPD year: 20 points, 5 of them experience',
      practitioner,
      [],
      TODAY,
      inYear2(20, 5),
    ],
    [
      '§3 PeopleCert: 8 points of training logged: 12 more, 5 of experience still',
      practitioner,
      [activity({ date: '2026-02-01', amount: 8 })],
      TODAY,
      inYear2(12, 5),
    ],
    [
      '§3 PeopleCert: 20 points, none of experience: only the category is short',
      practitioner,
      [activity({ date: '2026-02-01', amount: 20 })],
      TODAY,
      inYear2(0, 5),
    ],
    [
      '§3 PeopleCert: points logged in the year before do not count for this one',
      practitioner,
      [activity({ date: '2026-01-19', amount: 20 })],
      TODAY,
      inYear2(20, 5),
    ],
    ['§3 PeopleCert: the CPD year’s first day', practitioner, [], '2026-01-20', inYear2(20, 5)],
    ['§3 PeopleCert: its last day, the deadline', practitioner, [], '2027-01-19', inYear2(20, 5)],
    [
      '§4 ISACA: 8 CPE hours in 2026: 12 more by 31 Dec',
      cisa,
      [activity({ date: '2026-03-01', amount: 8 })],
      TODAY,
      {
        period: calendar2026,
        unit: 'CPE',
        minimum: 20,
        short: 12,
        categories: [],
        categoryMinimums: [],
      },
    ],
  ])('%s', (_, h, log, asOf, expected) => {
    expect(yearlyMinimumDue(current(h, log, asOf), asOf)).toEqual(expected);
  });

  it.each([
    [
      '§3 PeopleCert: the year’s 20 points met, 5 of them experience',
      current(practitioner, [
        activity({ date: '2026-02-01', amount: 15 }),
        givingBack('2026-06-01', 'work-as-practitioner', 5),
      ]),
    ],
    [
      '§3 PeopleCert on the exam route: no CPD asked',
      current({
        ...practitioner,
        credential: { ...practitioner.credential, renewalRoute: 'exam' },
      }),
    ],
    [
      '§4 ISACA: 20 CPE hours in 2026',
      current(cisa, [activity({ date: '2026-03-01', amount: 20 })]),
    ],
    ['§4 ISACA, exam 2018 and never renewed: expired', current(holding('cisa', '2018-03-10'))],
    ['a rule with no yearly minimum (PMP)', current(holding('pmp', '2025-01-20'))],
    ['no cycle evaluated (not earned yet)', null],
  ])('no deadline on 6 Dec 2026: %s', (_, ev) => {
    expect(yearlyMinimumDue(ev, TODAY)).toBeNull();
  });
});

describe('yearlyMinimumDue: statuses that ask for nothing this year', () => {
  // A cycle on 6 Dec 2026 whose CPD year is short, with each status the evaluation can give.
  const base = current(practitioner)!;
  it.each<[CycleStatus, boolean]>([
    ['on-track', true],
    ['at-risk', true],
    ['overdue', true], // behind on an earlier year, the cycle still running
    ['rule-unknown', true],
    ['complete', false],
    ['renewed', false],
    ['renew-by-exam', false],
    ['expired', false],
    ['suspended', false],
    ['no-requirement', false],
  ])('%s: a deadline %s', (status, due) => {
    expect(yearlyMinimumDue({ ...base, status }, TODAY) !== null).toBe(due);
  });

  it('none once the cycle was renewed early (renewedOn)', () => {
    expect(yearlyMinimumDue({ ...base, renewedOn: '2026-11-01' }, TODAY)).toBeNull();
  });

  it('a year already ended is not a deadline: the next year’s is', () => {
    // 20 Jan 2027: year 2 ended short (missed, said on the Credentials screen); year 3 runs.
    const next = yearlyMinimumDue(current(practitioner, [], '2027-01-20'), '2027-01-20');
    expect(next?.period).toEqual({ start: '2027-01-20', end: '2028-01-20' });
  });
});

describe('collectDeadlines: the yearly minimum beside the cycle end', () => {
  const none: Omit<DeadlineSources, 'cycles'> = {
    exams: [],
    goals: [],
    courses: [],
    events: [],
    followUps: [],
    memberships: [],
  };
  const ev = current(practitioner)!;
  const sources: DeadlineSources = {
    ...none,
    cycles: [
      {
        heldId: 'h1',
        name: 'PRINCE2 Practitioner',
        deadline: ev.deadline,
        end: ev.end,
        yearlyMinimum: yearlyMinimumDue(ev, TODAY),
        changedAt: '2025-01-21T08:00:00.000Z',
      },
    ],
  };

  it('lists 19 Jan 2027 as a deadline of its own, before the cycle end of 20 Jan 2028', () => {
    expect(collectDeadlines(sources).map((d) => [d.id, d.kind, d.date, d.title])).toEqual([
      ['yearly-minimum:h1:2026-01-20', 'yearly-minimum', '2027-01-19', 'PRINCE2 Practitioner'],
      ['cycle:h1', 'cycle-end', '2028-01-20', 'PRINCE2 Practitioner'],
    ]);
    const [yearly] = collectDeadlines(sources);
    expect(yearly?.yearly?.short).toBe(20);
    expect(yearly?.changedAt).toBe('2025-01-21T08:00:00.000Z');
  });

  it('is reminded within the lead time, and never as overdue once its year is over', () => {
    const all = collectDeadlines(sources);
    expect(dueReminders(all, '2027-01-05', 14).map((r) => [r.deadline.kind, r.daysLeft])).toEqual([
      ['yearly-minimum', 14],
    ]);
    expect(dueReminders(all, '2027-01-20', 14)).toEqual([]);
  });

  it('is left out with no yearly minimum still open', () => {
    const met = { ...sources, cycles: [{ ...sources.cycles[0]!, yearlyMinimum: null }] };
    expect(collectDeadlines(met).map((d) => d.kind)).toEqual(['cycle-end']);
  });
});
