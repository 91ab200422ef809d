// Ways of Working counts only for the credentials whose subject the content covers
// (domain-facts §1, B): all of it for PMP, and for PgMP only the hours the user allocates on
// each activity. waysOfWorkingNotAllocated sums what a cycle's logged activities leave out, so
// the card can say why "Ways of Working 0 / 8" although hours were logged. Planned activities
// are a projection, not logged (issue 3 part 4): their hours are never in the sum.
import { describe, expect, it } from 'vitest';
import { waysOfWorkingNotAllocated } from '../../../../shared/domain/credits';
import { course, evaluate, holding } from './fixtures';

const pgmp = holding('pgmp', '2024-03-01');
const pmp = holding('pmp', '2024-03-01');
const ASOF = '2026-12-05';

describe('waysOfWorkingNotAllocated', () => {
  it.each([
    ['nothing logged', [], 0],
    // Only Ways of Working and none of it allocated: the course counts for nothing.
    [
      'a 12 h Ways of Working course, not allocated',
      [course('2025-01-10', { waysOfWorking: 12 })],
      12,
    ],
    // Counts for its Power Skills; its hour of Ways of Working is left out.
    [
      'one hour left out of a course that counts otherwise',
      [course('2025-02-10', { waysOfWorking: 1, powerSkills: 2 })],
      1,
    ],
    // 2 of 5 hours allocated: 3 left out.
    [
      'part allocated',
      [course('2025-03-01', { waysOfWorking: 5 }, { waysOfWorkingFor: { pgmp: 2 } })],
      3,
    ],
    [
      'all allocated',
      [course('2025-03-01', { waysOfWorking: 5 }, { waysOfWorkingFor: { pgmp: 5 } })],
      0,
    ],
    // Quarter hours add up exactly: 0.25 + 0.5 + 12.
    [
      'quarter hours',
      [
        course('2025-04-01', { waysOfWorking: 0.25, powerSkills: 1 }),
        course('2025-05-01', { waysOfWorking: 0.5, businessAcumen: 1 }),
        course('2025-06-01', { waysOfWorking: 12 }),
      ],
      12.75,
    ],
    // Planned: not logged. One counts as a projection for its Business Acumen, the other
    // brings PgMP nothing; neither is summed.
    [
      'planned ones left out',
      [
        course('2025-04-01', { waysOfWorking: 0.25, powerSkills: 1 }),
        course('2025-05-01', { waysOfWorking: 0.5, businessAcumen: 1 }, { status: 'planned' }),
        course('2025-06-01', { waysOfWorking: 12 }, { status: 'planned' }),
      ],
      0.25,
    ],
    ['only planned ones', [course('2025-06-01', { waysOfWorking: 12 }, { status: 'planned' })], 0],
    // The claim status for PgMP decides, not the activity's own status (claimStatusFor).
    [
      'earned, but planned for PgMP',
      [course('2025-07-01', { waysOfWorking: 3 }, { claims: { pgmp: 'planned' } })],
      0,
    ],
    [
      'planned, but earned for PgMP',
      [
        course(
          '2025-07-01',
          { waysOfWorking: 4 },
          { status: 'planned', claims: { pgmp: 'earned' } },
        ),
      ],
      4,
    ],
    [
      'planned for PMP only',
      [course('2025-07-01', { waysOfWorking: 2 }, { claims: { pmp: 'planned' } })],
      2,
    ],
    // Before the certification date nothing counts, for a reason of its own.
    ['before the certification date', [course('2024-01-10', { waysOfWorking: 4 })], 0],
  ])('PgMP, %s', (_, log, hours) => {
    const claims = { activities: log, credentialId: 'pgmp' };
    expect(waysOfWorkingNotAllocated(evaluate(pgmp, log, ASOF).activities, claims)).toBe(hours);
  });

  it('without the log, leaves out the planned activities its explanations show as planned', () => {
    // The first counts as a projection (PLANNED_ONLY); the second brings PgMP nothing, so its
    // explanation cannot say it is planned.
    const log = [
      course('2025-05-01', { waysOfWorking: 0.5, businessAcumen: 1 }, { status: 'planned' }),
      course('2025-06-01', { waysOfWorking: 12 }, { status: 'planned' }),
    ];
    const explanations = evaluate(pgmp, log, ASOF).activities;
    expect(waysOfWorkingNotAllocated(explanations)).toBe(12);
    expect(waysOfWorkingNotAllocated(explanations, { activities: log, credentialId: 'pgmp' })).toBe(
      0,
    );
  });

  it('PMP counts every hour of Ways of Working: nothing is left out', () => {
    const log = [course('2025-01-10', { waysOfWorking: 12 })];
    expect(waysOfWorkingNotAllocated(evaluate(pmp, log, ASOF).activities)).toBe(0);
  });

  it('only the cycle’s own activities: one that counts for the next cycle is not summed', () => {
    // PgMP earned 1 Mar 2024, renewed 1 Feb 2027: cycle 1 ends 28 Feb 2027, cycle 2 starts
    // 1 Mar 2027 (§1: the rhythm never moves).
    const renewed = holding('pgmp', '2024-03-01', [{ date: '2027-02-01' }]);
    const log = [
      course('2025-01-10', { waysOfWorking: 2 }),
      course('2027-03-10', { waysOfWorking: 7 }),
    ];
    expect(waysOfWorkingNotAllocated(evaluate(renewed, log, '2027-04-01', 0).activities)).toBe(2);
    expect(waysOfWorkingNotAllocated(evaluate(renewed, log, '2027-04-01', 1).activities)).toBe(7);
  });
});
