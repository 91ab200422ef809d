// A reviewer's PMP cycle (from 10 Mar 2024) with 30 h of volunteering and 38.5 h of education:
// the credit log said "Earned: 68.5 hours" while Credentials said "Counted 63.5 PDUs", and nothing
// said that Giving Back counts at most 25 PDUs a cycle, nor that 3.5 PDUs would carry over.
// The report's model now carries what the credential's page shows, and the log what the
// credential counts of its hours. A credential with its exam booked keeps its exam date.
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  capsOf,
  creditLogSection,
  credentialRows,
  cycleCountOf,
  goalsSection,
  withCycleCount,
  type ReportPeriod,
} from '../../../../shared/domain/report';
import type { Goal } from '../../../../shared/domain/goals';
import { earned, readinessInput } from '../eligibility/fixtures';
import { activity, planOf, req, rungOf } from '../readiness/fixtures';

const AS_OF = '2026-12-06';
const PMP = earned('pmp', '2024-03-10');
const log = [
  activity('vol', '2026-05-02', {}, { type: 'volunteer', amount: 30 }),
  activity('edu', '2026-04-15', { waysOfWorking: 14.5, powerSkills: 12, businessAcumen: 12 }),
];
const cyclePeriod: ReportPeriod = {
  kind: 'cycle',
  from: '2024-03-10',
  to: '2027-03-09',
  heldId: PMP.credential.id,
};

describe('a PMP cycle with more Giving Back than counts', () => {
  const [row] = credentialRows([PMP], log, AS_OF);
  const cy = row!.cycle!;

  it('counts 63.5 of 68.5 hours, and says the cap and what carries over', () => {
    expect(cy.counted).toBe(63.5);
    expect(cy.givingBack).toBe(25);
    expect(cy.givingBackEarned).toBe(30);
    expect(cy.givingBackMax).toBe(25);
    expect(cy.capped).toEqual([{ code: 'GIVING_BACK_CAP', limit: 25, excess: 5 }]);
    expect(cy.carryOut).toBe(3.5);
    expect(cy.carriedIn).toBe(0);
  });

  it('the credit log keeps its 68.5 hours, and knows PMP counts 63.5 of them', () => {
    const section = creditLogSection(log, cyclePeriod, new Map());
    expect(section.totals.earnedHours).toBe(68.5);
    expect(cycleCountOf(section, cyclePeriod, [row!])).toEqual({
      acronym: 'PMP',
      counted: 63.5,
      byCaps: true,
    });
    const model = withCycleCount({ period: cyclePeriod, credentials: [row!], creditLog: section });
    expect(model.creditLog.cycleCount).toEqual({ acronym: 'PMP', counted: 63.5, byCaps: true });
  });

  it('says nothing more for the last 12 months, without Credentials, or when all hours count', () => {
    const section = creditLogSection(log, cyclePeriod, new Map());
    const year: ReportPeriod = { ...cyclePeriod, kind: 'last-12-months', heldId: null };
    expect(cycleCountOf(section, year, [row!])).toBeNull();
    expect(cycleCountOf(section, cyclePeriod, null)).toBeNull();
    const plain = log.slice(1);
    const [all] = credentialRows([PMP], plain, AS_OF);
    expect(cycleCountOf(creditLogSection(plain, cyclePeriod, new Map()), cyclePeriod, [all!])).toBe(
      null,
    );
    expect(all!.cycle!.capped).toEqual([]);
    expect(all!.cycle!.carryOut).toBeNull();
  });
});

describe('capsOf', () => {
  it('sums each cap’s excess over the activities it held back, planned ones left out', () => {
    const r = (excess: number) => ({ code: 'GIVING_BACK_CAP' as const, limit: 25, excess });
    const a = (outcome: 'counts' | 'projected', reasons: ReturnType<typeof r>[]) => ({
      activityId: 'x',
      date: '2026-01-01',
      outcome,
      earned: null,
      counted: null,
      reasons,
    });
    expect(
      capsOf({ activities: [a('counts', [r(2)]), a('counts', [r(3.25)]), a('projected', [r(9)])] }),
    ).toEqual([r(5.25)]);
  });
});

describe('a credential with its exam booked', () => {
  it('carries its exam date for the report to say', () => {
    const held: HeldWithRule = {
      credential: {
        id: 'held-pmocp',
        credentialId: 'pmi-pmocp',
        stage: 'exam-booked',
        examDate: '2027-03-22',
      },
      rule: findCredentialRule('pmi-pmocp')!,
    };
    const [row] = credentialRows([held], [], AS_OF);
    expect(row!.status).toBe('exam-booked');
    expect(row!.cycle).toBeNull();
    expect(row!.examDate).toBe('2027-03-22');
    expect(row!.examPassed).toBe(false);
  });
});

describe('a goal whose target is a ladder requirement', () => {
  it('carries the rung that holds it, so the report can name it', () => {
    const rung = rungOf([
      req('q1', { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' }),
    ]);
    const goal: Goal = {
      id: 'g',
      title: 'Hold the PMP',
      kind: 'credential',
      target: { type: 'requirement', rungId: rung.id, requirementId: 'q1' },
      startDate: '2026-01-01',
      targetDate: null,
      milestones: [],
      status: 'active',
    };
    const [line] = goalsSection([goal], readinessInput(), planOf(rung), {
      from: '2026-01-01',
      to: AS_OF,
    });
    expect(line!.rung?.id).toBe(rung.id);
  });
});

// Surplus moves on only from a cycle that met its rule (domain-facts §1; evaluateCycleSpan
// chains cycles by handedOn): the report says "would carry over" only then, as the page does.
describe('"would carry over" only for a cycle that meets its rule (§1)', () => {
  it.each<
    [string, { waysOfWorking: number; powerSkills: number; businessAcumen: number }, number | null]
  >([
    // 70 counted but no Ways of Working (minimum 8): not met, nothing would carry over.
    [
      '70 PDUs, Ways of Working short',
      { waysOfWorking: 0, powerSkills: 40, businessAcumen: 30 },
      null,
    ],
    ['70 PDUs, every rule met', { waysOfWorking: 10, powerSkills: 30, businessAcumen: 30 }, 10],
  ])('%s', (_name, split, carryOut) => {
    const [row] = credentialRows([PMP], [activity('edu', '2026-04-15', split)], AS_OF);
    expect(row!.cycle!.counted).toBe(70);
    expect(row!.cycle!.carryOut).toBe(carryOut);
  });
});
