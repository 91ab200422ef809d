// Next best actions and their ranking, computed by hand; asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { nextBestActions } from '../../../../shared/domain/readiness';
import { earned, readinessInput, role } from '../eligibility/fixtures';
import { planOf, req, rungOf } from './fixtures';

const pmpReq = req('pmp', { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' });

describe('nextBestActions', () => {
  // Four essential requirements → each is worth 25 points of the score.
  const plan = planOf(
    rungOf([
      pmpReq,
      req('acumen', { kind: 'skill', skill: 'businessAcumen', level: 3 }),
      req('conferences', { kind: 'conferences', perYear: 1 }),
      req('memberships', { kind: 'memberships', count: 1 }),
      req('mentors', { kind: 'mentors', count: 1 }, 'recommended'),
    ]),
  );
  const input = readinessInput({
    level: 'bachelor',
    hours: 35,
    roles: [role(['leading-projects'], '2024-08', null)], // 22 months
    assessments: [{ id: 'a', skill: 'businessAcumen', level: 2, date: '2026-01-01' }],
  });

  it('ranks by score gain, then deadline, then the order of the requirements', () => {
    const actions = nextBestActions(plan, 'target', input);
    expect(actions.map((a) => `${a.code}:${a.gain}`)).toEqual([
      'ATTEND_CONFERENCE:25', // deadline 9 May 2027 (none counted: twelve months from today)
      'GAIN_EXPERIENCE:25',
      'JOIN_ASSOCIATION:25',
      'RAISE_SKILL:8.3', // 2 of 3 → a third of 25
      'FIND_MENTOR:0', // recommended
    ]);
  });

  it('says how many months, when, and which exam it unlocks', () => {
    const gain = nextBestActions(plan, 'target', input).find((a) => a.code === 'GAIN_EXPERIENCE');
    expect(gain).toEqual({
      code: 'GAIN_EXPERIENCE',
      roleTypes: ['leading-projects'],
      months: 14,
      on: '2027-07-01',
      unlocks: { exam: 'pmp', on: '2027-07-01' },
      requirementIds: ['pmp'],
      priority: 'essential',
      gain: 25,
      deadline: null,
    });
  });

  it('gives the other actions in numbers', () => {
    const actions = nextBestActions(plan, 'target', input);
    expect(actions[0]).toMatchObject({
      code: 'ATTEND_CONFERENCE',
      count: 1,
      by: '2027-05-09',
      deadline: '2027-05-09',
    });
    expect(actions[3]).toMatchObject({
      code: 'RAISE_SKILL',
      skill: 'businessAcumen',
      from: 2,
      to: 3,
    });
    expect(actions[4]).toMatchObject({ code: 'FIND_MENTOR', count: 1, priority: 'recommended' });
  });

  it('puts an action first when a goal gives it an earlier deadline, and honours the limit', () => {
    const actions = nextBestActions(plan, 'target', input, {
      deadlines: { memberships: '2026-06-30' },
      limit: 3,
    });
    expect(actions.map((a) => `${a.code}:${a.deadline}`)).toEqual([
      'JOIN_ASSOCIATION:2026-06-30',
      'ATTEND_CONFERENCE:2027-05-09',
      'GAIN_EXPERIENCE:null',
    ]);
  });

  it('merges two requirements asking for the same experience, keeping the larger ask', () => {
    // Leading 2012-01…2013-12 (24) and since 2025-06 (12). Rung: PMP + 48 months leading ever.
    // PMP (8-year window): 12 of 36 → 24 more, 1 May 2028. Experience: 36 of 48 → 12 more.
    const p = planOf(
      rungOf([
        pmpReq,
        req('lead', {
          kind: 'experience',
          roleTypes: ['leading-projects'],
          months: 48,
          windowMonths: null,
        }),
      ]),
    );
    const i = readinessInput({
      level: 'bachelor',
      hours: 35,
      roles: [
        role(['leading-projects'], '2012-01', '2013-12'),
        role(['leading-projects'], '2025-06', null),
      ],
    });
    expect(nextBestActions(p, 'target', i)).toEqual([
      {
        code: 'GAIN_EXPERIENCE',
        roleTypes: ['leading-projects'],
        months: 24,
        on: '2028-05-01',
        unlocks: { exam: 'pmp', on: '2028-05-01' },
        requirementIds: ['pmp', 'lead'],
        priority: 'essential',
        gain: 62.5, // 50 for PMP + (1 − 36/48) × 50
        deadline: null,
      },
    ]);
  });

  it('asks to earn a credential the user is eligible for, or one without a known rule', () => {
    const p = planOf(
      rungOf([
        pmpReq,
        req('foundation', {
          kind: 'credential',
          anyOf: ['prince2-foundation'],
          count: 1,
          standing: 'good',
        }),
      ]),
    );
    const i = readinessInput({
      level: 'bachelor',
      hours: 35,
      roles: [role(['leading-projects'], '2022-01', null)],
    });
    expect(
      nextBestActions(p, 'target', i).map(
        (a) => a.code === 'EARN_CREDENTIAL' && [a.credential, a.eligibility],
      ),
    ).toEqual([
      ['pmp', 'eligible'],
      ['prince2-foundation', null],
    ]);
  });

  it('picks the option the user is eligible for among several credentials', () => {
    const p = planOf(
      rungOf([
        req('second', {
          kind: 'credential',
          anyOf: ['pgmp', 'pmi-acp', 'prince2-practitioner'],
          count: 1,
          standing: 'good',
        }),
      ]),
    );
    const i = readinessInput({ held: [earned('prince2-foundation', '2025-01-01')] });
    expect(nextBestActions(p, 'target', i)).toMatchObject([
      {
        code: 'EARN_CREDENTIAL',
        credential: 'prince2-practitioner',
        eligibility: 'eligible',
        gain: 100,
      },
    ]);
  });

  it('asks for missing information once, for every requirement that needs it', () => {
    const p = planOf(
      rungOf([pmpReq, req('hours', { kind: 'pm-education-hours', hours: 35, topic: 'general' })]),
    );
    const i = readinessInput({
      level: 'bachelor',
      hours: null,
      roles: [role(['leading-projects'], '2020-01', null)],
    });
    expect(nextBestActions(p, 'target', i)).toEqual([
      {
        code: 'ENTER_INFORMATION',
        missing: 'CONTACT_HOURS',
        unlocks: { exam: 'pmp', on: null },
        requirementIds: ['pmp', 'hours'],
        priority: 'essential',
        gain: 100,
        deadline: null,
      },
    ]);
  });

  it('returns nothing for a met or unknown rung', () => {
    const i = readinessInput({ held: [earned('pmp', '2025-02-01')] });
    expect(nextBestActions(planOf(rungOf([pmpReq])), 'target', i)).toEqual([]);
    expect(nextBestActions(planOf(rungOf([pmpReq])), 'ghost', i)).toEqual([]);
  });

  it('changes with the target rung on the default ladder', () => {
    const plan = defaultLadderPlan();
    const i = readinessInput({
      level: 'bachelor',
      hours: 35,
      held: [earned('pmp', '2025-02-01')],
      roles: [role(['leading-projects'], '2022-01', null)],
    });
    const toManager = nextBestActions(plan, 'project-manager', i);
    const toDirector = nextBestActions(plan, 'pmo-director', i);
    const mentionsPgmp = (a: (typeof toDirector)[number]) =>
      ('unlocks' in a && a.unlocks?.exam === 'pgmp') ||
      (a.code === 'EARN_CREDENTIAL' && a.credential === 'pgmp');
    expect(toManager.some(mentionsPgmp)).toBe(false);
    expect(toDirector.some(mentionsPgmp)).toBe(true);
    expect(toDirector.find(mentionsPgmp)).toMatchObject({
      code: 'GAIN_EXPERIENCE',
      roleTypes: ['program'],
      months: 48,
      on: null,
      unlocks: { exam: 'pgmp', on: null },
    });
  });
});
