// A cycle's last year ends on the cycle's end day (domain-facts §4: ISACA ≥ 20 CPE every
// calendar year and ≥ 120 per 3-year period; §3: PeopleCert 20 CPD points every 12 months of a
// 3-year cycle, 5 of them professional experience). That day is one deadline, the cycle end,
// not also "20 CPEs due this year" beside it, which would understate the 120 due that day.
// And the year's whole minimum names its category minimums, from the credential's rule.
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { evaluateCurrentCycle, type Activity } from '../../../../shared/domain/credits';
import {
  collectDeadlines,
  yearlyMinimumDue,
  type DeadlineSources,
} from '../../../../shared/domain/study';
import { activity, holding } from '../credits/fixtures';

const none: Omit<DeadlineSources, 'cycles'> = {
  exams: [],
  goals: [],
  courses: [],
  events: [],
  followUps: [],
  memberships: [],
};

/** The deadlines of one held credential on `asOf`, as useDeadlines collects them. */
function deadlinesOf(h: HeldWithRule, asOf: string, log: readonly Activity[] = []) {
  const ev = evaluateCurrentCycle(h.rule, h.credential, log, asOf, { alsoHeld: [h] })!;
  return collectDeadlines({
    ...none,
    cycles: [
      {
        heldId: 'h',
        name: h.rule.acronym,
        deadline: ev.deadline,
        end: ev.end,
        yearlyMinimum: yearlyMinimumDue(ev, asOf, h.rule),
      },
    ],
  }).map((d) => [d.kind, d.date]);
}

describe('collectDeadlines: the yearly minimum and the cycle end', () => {
  // CISA earned 1 Jun 2023: the 3-year period 2024–2026 ends 31 Dec 2026 (the reviewer's case).
  const cisa = holding('cisa', '2023-06-01');
  // PRINCE2 Practitioner, exam 20 Jan 2025: renew by 20 Jan 2028; its third CPD year ends then.
  const practitioner = holding('prince2-practitioner', '2025-01-20');

  it.each([
    [
      '§4 ISACA, the period’s last year, nothing logged: the cycle end alone',
      cisa,
      '2026-11-22',
      [['cycle-end', '2026-12-31']],
    ],
    ['§4 ISACA, the period’s last day', cisa, '2026-12-31', [['cycle-end', '2026-12-31']]],
    [
      '§4 ISACA, an earlier year of the period: the year’s end is a deadline of its own',
      cisa,
      '2025-11-22',
      [
        ['yearly-minimum', '2025-12-31'],
        ['cycle-end', '2026-12-31'],
      ],
    ],
    [
      '§3 PeopleCert, the third CPD year ends on the renew-by date: the cycle end alone',
      practitioner,
      '2027-12-06',
      [['cycle-end', '2028-01-20']],
    ],
    [
      '§3 PeopleCert, the second CPD year ends before the cycle',
      practitioner,
      '2026-12-06',
      [
        ['yearly-minimum', '2027-01-19'],
        ['cycle-end', '2028-01-20'],
      ],
    ],
  ])('%s', (_, h, asOf, expected) => {
    expect(deadlinesOf(h, asOf)).toEqual(expected);
  });

  it('§4 ISACA, 130 CPE logged in the first two years, none in the last: still one deadline', () => {
    const log = [
      activity({ date: '2024-03-01', amount: 65 }),
      activity({ date: '2025-03-01', amount: 65 }),
    ];
    expect(deadlinesOf(cisa, '2026-11-22', log)).toEqual([['cycle-end', '2026-12-31']]);
  });

  it('a yearly minimum with no cycle deadline known is kept', () => {
    const ev = evaluateCurrentCycle(cisa.rule, cisa.credential, [], '2026-11-22', {
      alsoHeld: [cisa],
    })!;
    const deadlines = collectDeadlines({
      ...none,
      cycles: [
        {
          heldId: 'h',
          name: 'CISA',
          deadline: null,
          yearlyMinimum: yearlyMinimumDue(ev, '2026-11-22'),
        },
      ],
    });
    expect(deadlines.map((d) => [d.kind, d.date])).toEqual([['yearly-minimum', '2026-12-31']]);
  });
});

describe('yearlyMinimumDue: the year’s category minimums, from the rule', () => {
  const practitioner = holding('prince2-practitioner', '2025-01-20');
  const ev = (log: readonly Activity[]) =>
    evaluateCurrentCycle(practitioner.rule, practitioner.credential, log, '2026-12-06', {
      alsoHeld: [practitioner],
    });

  it('§3 PeopleCert: 5 of the 20 from professional experience, met or not', () => {
    expect(yearlyMinimumDue(ev([]), '2026-12-06', practitioner.rule)?.categoryMinimums).toEqual([
      { category: 'professional-experience', minimum: 5 },
    ]);
  });

  it('§4 ISACA: none', () => {
    const cisa = holding('cisa', '2023-06-01');
    const isaca = evaluateCurrentCycle(cisa.rule, cisa.credential, [], '2025-11-22', {
      alsoHeld: [cisa],
    });
    expect(yearlyMinimumDue(isaca, '2025-11-22', cisa.rule)?.categoryMinimums).toEqual([]);
  });

  it('without the rule: none named', () => {
    expect(yearlyMinimumDue(ev([]), '2026-12-06')?.categoryMinimums).toEqual([]);
  });
});
