// Each requirement kind judged against records typed by hand; asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import type { RequirementSpec } from '../../../../shared/catalog/ladder-requirements';
import { evaluateRequirement } from '../../../../shared/domain/readiness';
import type { SkillAssessment } from '../../../../shared/domain/skills';
import { course, earned, readinessInput, role, type InputOptions } from '../eligibility/fixtures';
import { activity, req } from './fixtures';

type Extra = Parameters<typeof readinessInput>[0];
const judge = (spec: RequirementSpec, o: InputOptions & Extra = {}) =>
  evaluateRequirement(req('r', spec), readinessInput(o));

describe('evaluateRequirement', () => {
  it('credential: counts the listed credentials held in good standing', () => {
    const r = judge(
      { kind: 'credential', anyOf: ['pmp', 'pmi-acp', 'pgmp'], count: 2, standing: 'good' },
      { held: [earned('pmp', '2025-02-01'), earned('pmi-acp', '2019-01-10')] },
    );
    expect(r).toMatchObject({
      code: 'CREDENTIAL_HELD',
      have: 1,
      need: 2,
      gap: 1,
      progress: 0.5,
      met: false,
    });
    // The PMI-ACP of 10 Jan 2019 expired on 10 Jan 2023 (cycle to 9 Jan 2022, then a year
    // suspended): earned, but not in good standing, so it is named with the day it expired.
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: [{ credentialId: 'pmp', heldId: 'held-pmp-2025-02-01', status: 'active' }],
      outOfStanding: [
        {
          credentialId: 'pmi-acp',
          heldId: 'held-pmi-acp-2019-01-10',
          status: 'expired',
          since: '2023-01-10',
          regain: 'exam',
        },
      ],
    });
  });

  it('education level: a yes/no requirement, ranks 1 (secondary) to 5 (doctorate)', () => {
    expect(
      judge({ kind: 'education-level', minLevel: 'master' }, { level: 'bachelor' }),
    ).toMatchObject({
      have: 3,
      need: 4,
      gap: 1,
      progress: 0,
      met: false,
      status: 'unmet',
    });
    expect(
      judge({ kind: 'education-level', minLevel: 'bachelor' }, { level: 'doctorate' }),
    ).toMatchObject({
      met: true,
      progress: 1,
    });
    expect(judge({ kind: 'education-level', minLevel: 'bachelor' }, { level: null })).toMatchObject(
      {
        status: 'unknown',
        missing: 'EDUCATION_LEVEL',
        progress: 0,
      },
    );
  });

  it('PM education hours: hand-typed hours plus courses', () => {
    const r = judge(
      { kind: 'pm-education-hours', hours: 35, topic: 'general' },
      { hours: 20, courses: [course(10, 'agile')] },
    );
    expect(r).toMatchObject({ code: 'TRAINING_HOURS', have: 30, need: 35, gap: 5 });
    expect(r.progress).toBeCloseTo(30 / 35, 10);
    expect(
      judge({ kind: 'pm-education-hours', hours: 35, topic: 'general' }, { hours: null }).missing,
    ).toBe('CONTACT_HOURS');
  });

  it('experience: unique months, with the date it is met if the role continues', () => {
    const r = judge(
      { kind: 'experience', roleTypes: ['leading-projects'], months: 36, windowMonths: null },
      { roles: [role(['leading-projects'], '2024-08', null)] },
    );
    expect(r).toMatchObject({
      have: 22,
      need: 36,
      gap: 14,
      evidence: { kind: 'experience', metOn: '2027-07-01' },
    });
    expect(r.progress).toBeCloseTo(22 / 36, 10);
    expect(
      judge(
        { kind: 'experience', roleTypes: ['pmo'], months: 1, windowMonths: null },
        { roles: null },
      ).status,
    ).toBe('unknown');
  });

  it('industries and team size', () => {
    const roles = [
      role(['leading-projects'], '2020-01', null, { industry: 'Energy', teamSize: 8 }),
    ];
    expect(
      judge({ kind: 'industries', count: 2, roleTypes: ['leading-projects'] }, { roles }),
    ).toMatchObject({
      have: 1,
      need: 2,
      progress: 0.5,
      evidence: { industries: ['energy'] },
    });
    expect(
      judge({ kind: 'team-size', size: 10, roleTypes: ['leading-projects'] }, { roles }),
    ).toMatchObject({
      have: 8,
      need: 10,
      progress: 0.8,
      evidence: { roleId: roles[0]!.id },
    });
  });

  it('skill: the latest self-assessment; never assessed is 0', () => {
    const assessments: SkillAssessment[] = [
      { id: 'a', skill: 'businessAcumen', level: 2, date: '2026-01-05' },
    ];
    const r = judge({ kind: 'skill', skill: 'businessAcumen', level: 3 }, { assessments });
    expect(r).toMatchObject({
      code: 'SKILL_LEVEL',
      have: 2,
      need: 3,
      gap: 1,
      evidence: { assessedOn: '2026-01-05' },
    });
    expect(r.progress).toBeCloseTo(2 / 3, 10);
    expect(judge({ kind: 'skill', skill: 'adaptability', level: 3 }).have).toBe(0);
  });

  it('conferences: the last 12 months are 11 May 2025 … 10 May 2026', () => {
    const network = {
      conferences: [
        { id: 'old', date: '2025-05-10' },
        { id: 'first-day', date: '2025-05-11' },
        { id: 'today', date: '2026-05-10' },
        { id: 'booked', date: '2026-09-01' },
      ],
      memberships: [],
      mentors: [],
    };
    expect(judge({ kind: 'conferences', perYear: 3 }, { network })).toMatchObject({
      have: 2,
      need: 3,
      evidence: { ids: ['first-day', 'today'], from: '2025-05-11' },
    });
  });

  it('memberships and mentors current on the day', () => {
    const network = {
      conferences: [],
      memberships: [
        { id: 'ended', since: '2020-01-01', until: '2026-05-09' },
        { id: 'open', since: '2021-01-01', until: null },
        { id: 'future', since: '2026-05-11', until: null },
      ],
      mentors: [{ id: 'ends-today', since: '2025-01-01', until: '2026-05-10' }],
    };
    expect(judge({ kind: 'memberships', count: 1 }, { network })).toMatchObject({
      have: 1,
      met: true,
      evidence: { ids: ['open'] },
    });
    expect(judge({ kind: 'mentors', count: 1 }, { network })).toMatchObject({ have: 1, met: true });
  });

  it('continuous learning: done education in one area over the last 12 months', () => {
    const activities = [
      activity('too-old', '2025-05-10', { powerSkills: 4 }),
      activity('first-day', '2025-05-11', { powerSkills: 2.5, waysOfWorking: 3 }),
      activity('planned', '2026-01-01', { powerSkills: 3 }, { status: 'planned' }),
      activity('giving-back', '2026-02-01', { powerSkills: 3 }, { type: 'volunteer' }),
      activity('today', '2026-05-10', { powerSkills: 1.25 }, { type: 'read' }),
    ];
    const r = judge({ kind: 'continuous-learning', area: 'powerSkills', hours: 5 }, { activities });
    expect(r).toMatchObject({
      code: 'LEARNING_CREDITS',
      have: 3.75,
      need: 5,
      gap: 1.25,
      progress: 0.75,
    });
    expect(r.evidence).toMatchObject({ activityIds: ['first-day', 'today'], from: '2025-05-11' });
  });

  it('continuous learning: each area of one list is counted alike, however often it is asked', () => {
    const activities = [
      activity('both', '2026-01-10', { powerSkills: 2, businessAcumen: 1.5 }),
      activity('ways', '2026-02-10', { waysOfWorking: 3 }),
    ];
    const ask = (area: 'powerSkills' | 'businessAcumen' | 'waysOfWorking') =>
      judge({ kind: 'continuous-learning', area, hours: 10 }, { activities });
    const first = ask('powerSkills');
    expect(first).toMatchObject({ have: 2, evidence: { activityIds: ['both'] } });
    // What one answer hands out cannot be changed, so no later answer changes with it.
    expect(() =>
      (first.evidence as unknown as { activityIds: string[] }).activityIds.push('changed'),
    ).toThrow(TypeError);
    expect(ask('powerSkills')).toMatchObject({ have: 2, evidence: { activityIds: ['both'] } });
    expect(ask('businessAcumen')).toMatchObject({ have: 1.5, evidence: { activityIds: ['both'] } });
    expect(ask('waysOfWorking')).toMatchObject({ have: 3, evidence: { activityIds: ['ways'] } });
    // A new list (the next read) is counted again.
    const more = [...activities, activity('more', '2026-03-10', { powerSkills: 1 })];
    expect(
      judge({ kind: 'continuous-learning', area: 'powerSkills', hours: 10 }, { activities: more }),
    ).toMatchObject({ have: 3, evidence: { activityIds: ['both', 'more'] } });
  });

  it('leadership training: Power Skills hours of courses and trainings, all time', () => {
    const activities = [
      activity('course', '2019-03-01', { powerSkills: 6, businessAcumen: 2 }),
      activity('book', '2025-03-01', { powerSkills: 4 }, { type: 'read' }),
      activity('later', '2026-06-01', { powerSkills: 2.5 }),
    ];
    expect(judge({ kind: 'leadership-training', hours: 8 }, { activities })).toMatchObject({
      have: 6,
      need: 8,
      progress: 0.75,
      evidence: { activityIds: ['course'] },
    });
  });

  it('custom: met when ticked', () => {
    expect(judge({ kind: 'custom', title: 'Speak at a chapter', done: true })).toMatchObject({
      met: true,
      have: 1,
    });
    expect(judge({ kind: 'custom', title: 'Speak at a chapter', done: false })).toMatchObject({
      met: false,
      gap: 1,
    });
  });
});
