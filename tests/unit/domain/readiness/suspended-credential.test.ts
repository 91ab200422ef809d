// A suspended credential in a credential requirement (domain-facts §1, "Cycle dates and
// status"): PMP earned 5 Dec 2023 → cycle 5 Dec 2023 … 4 Dec 2026 (the day before the third
// anniversary), suspended 5 Dec 2026 … 4 Dec 2027, expired from 5 Dec 2027. A suspended
// credential cannot be used, so "Hold PMP" (good standing) stays unmet — but the evidence
// names the suspension and the first next action is to renew it.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  evaluateRequirement,
  nextBestActions,
  type CycleFigures,
  type ReadinessInput,
} from '../../../../shared/domain/readiness';
import { earned, readinessInput, role } from '../eligibility/fixtures';
import { activity, planOf, req, rungOf } from './fixtures';

const EARNED = '2023-12-05';
const HELD_ID = `held-pmp-${EARNED}`;
const pmpReq = req('pmp', { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' });

/** 64.75 PDUs in one course (every area above its 8, education above 35): the rule is met. */
const meets = [
  activity('course', '2024-03-01', { waysOfWorking: 30, powerSkills: 20, businessAcumen: 14.75 }),
];
/** 42 PDUs, every minimum met: only the total lacks 18. */
const short = [
  activity('course', '2024-03-01', { waysOfWorking: 14, powerSkills: 14, businessAcumen: 14 }),
];

function pmpInput(asOf: string, extra: Partial<ReadinessInput> = {}, held?: HeldWithRule) {
  return {
    ...readinessInput({
      asOf,
      level: 'bachelor',
      hours: 35,
      roles: [role(['leading-projects'], '2020-01', null)],
      held: [held ?? earned('pmp', EARNED)],
      activities: meets,
    }),
    ...extra,
  };
}

describe('a credential requirement whose credential is held out of good standing', () => {
  it.each<[string, string, boolean, object | undefined]>([
    ['the cycle’s last day: active, met', '2026-12-04', true, undefined],
    [
      'the day after: suspended, named with its dates',
      '2026-12-05',
      false,
      { status: 'suspended', since: '2026-12-05', renewBy: '2027-12-04' },
    ],
    [
      'the suspension’s last day: still suspended, renewable that day',
      '2027-12-04',
      false,
      { status: 'suspended', since: '2026-12-05', renewBy: '2027-12-04' },
    ],
    [
      'the fourth anniversary: expired, nothing to renew',
      '2027-12-05',
      false,
      { status: 'expired', since: '2027-12-05', regain: 'exam' },
    ],
  ])('%s (%s)', (_, asOf, met, lost) => {
    const r = evaluateRequirement(pmpReq, pmpInput(asOf));
    expect(r.met).toBe(met);
    expect(r.have).toBe(met ? 1 : 0);
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: met ? [{ credentialId: 'pmp', heldId: HELD_ID, status: 'active' }] : [],
      ...(lost ? { outOfStanding: [{ credentialId: 'pmp', heldId: HELD_ID, ...lost }] } : {}),
    });
  });

  it('is met again once the renewal is recorded', () => {
    const pmp = earned('pmp', EARNED);
    const renewed = {
      ...pmp,
      credential: { ...pmp.credential, renewals: [{ date: '2026-12-20' }] },
    };
    const r = evaluateRequirement(pmpReq, pmpInput('2026-12-21', {}, renewed));
    expect(r.met).toBe(true);
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: [{ credentialId: 'pmp', heldId: HELD_ID, status: 'active' }],
    });
  });

  it('with standing "earned" a suspended credential counts, and nothing is said against it', () => {
    const earnedReq = req('pmp', {
      kind: 'credential',
      anyOf: ['pmp'],
      count: 1,
      standing: 'earned',
    });
    const r = evaluateRequirement(earnedReq, pmpInput('2026-12-05'));
    expect(r.met).toBe(true);
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: [
        {
          credentialId: 'pmp',
          heldId: HELD_ID,
          status: 'suspended',
          since: '2026-12-05',
          renewBy: '2027-12-04',
        },
      ],
    });
  });
});

describe('the next action for a suspended credential is to renew it', () => {
  // Two essential requirements: each worth 50 points.
  const plan = planOf(rungOf([pmpReq, req('mentors', { kind: 'mentors', count: 2 })]));
  const renew = (o: object) => ({
    code: 'RENEW_CREDENTIAL',
    credential: 'pmp',
    heldId: HELD_ID,
    renewBy: '2027-12-04',
    unit: 'PDU',
    requirementIds: ['pmp'],
    priority: 'essential',
    gain: 50,
    deadline: null,
    ...o,
  });
  const figures = (f: CycleFigures) => new Map([[HELD_ID, f]]);

  it.each<[string, string, Partial<ReadinessInput>, object]>([
    [
      'the log meets the rule: record the renewal',
      '2026-12-05',
      {},
      { logMeetsRule: true, remaining: 0 },
    ],
    [
      'the log lacks 18 PDUs: log them and renew by the suspension’s end',
      '2026-12-05',
      { activities: short },
      { logMeetsRule: false, remaining: 18 },
    ],
    [
      'on the suspension’s last day, still',
      '2027-12-04',
      { activities: short },
      { logMeetsRule: false, remaining: 18 },
    ],
    [
      'the start-up summary’s figures are used over the part of the log given',
      '2026-12-05',
      {
        activities: [],
        cycleFigures: figures({ met: false, remaining: 5, unit: 'PDU', status: 'suspended' }),
      },
      { logMeetsRule: false, remaining: 5 },
    ],
    [
      'a rule whose numbers are unknown: renew, with no number to log',
      '2026-12-05',
      { cycleFigures: figures({ met: false, remaining: 0, unit: 'PDU', status: 'rule-unknown' }) },
      { logMeetsRule: false, remaining: null },
    ],
  ])('%s', (_, asOf, extra, expected) => {
    const actions = nextBestActions(plan, 'target', pmpInput(asOf, extra));
    expect(actions[0]).toEqual(renew(expected));
    expect(actions.filter((a) => a.code === 'EARN_CREDENTIAL')).toEqual([]);
  });

  it('an expired credential cannot be renewed: the action is to earn it again', () => {
    const actions = nextBestActions(plan, 'target', pmpInput('2027-12-05'));
    expect(actions.map((a) => a.code)).toEqual(['EARN_CREDENTIAL', 'FIND_MENTOR']);
    expect(actions[0]).toMatchObject({ credential: 'pmp', eligibility: 'eligible' });
  });

  it('renewing comes first even where another action would raise the score more', () => {
    // Two experience requirements merge into one action worth both their shortfalls: 66.7
    // points against the renewal's 33.3.
    const busy = planOf(
      rungOf([
        pmpReq,
        req('lead-24', {
          kind: 'experience',
          roleTypes: ['leading-projects'],
          months: 24,
          windowMonths: null,
        }),
        req('lead-36', {
          kind: 'experience',
          roleTypes: ['leading-projects'],
          months: 36,
          windowMonths: null,
        }),
      ]),
    );
    const actions = nextBestActions(busy, 'target', pmpInput('2026-12-05', { roles: [] }));
    expect(actions.map((a) => `${a.code}:${a.gain}`)).toEqual([
      'RENEW_CREDENTIAL:33.3',
      'GAIN_EXPERIENCE:66.7',
    ]);
  });

  it('PMO Director (default ladder): recording the PMP renewal is the first action', () => {
    const actions = nextBestActions(defaultLadderPlan(), 'pmo-director', pmpInput('2026-12-05'));
    expect(actions[0]).toMatchObject({
      code: 'RENEW_CREDENTIAL',
      credential: 'pmp',
      logMeetsRule: true,
    });
    expect(actions[0]!.requirementIds).toContain('credential');
    expect(actions.some((a) => a.code === 'EARN_CREDENTIAL' && a.credential === 'pmp')).toBe(false);
  });

  it('PgMP’s “48 months leading projects or a PMP”: renew the suspended PMP', () => {
    const pgmp = planOf(
      rungOf([req('pgmp', { kind: 'credential', anyOf: ['pgmp'], count: 1, standing: 'good' })]),
    );
    const input = pmpInput('2026-12-05', {
      roles: [role(['leading-projects'], '2024-01', null), role(['program'], '2018-01', '2022-12')],
    });
    const actions = nextBestActions(pgmp, 'target', input);
    expect(actions).toEqual([
      expect.objectContaining({ code: 'RENEW_CREDENTIAL', credential: 'pmp', logMeetsRule: true }),
    ]);
  });
});
