// Goal progress from linked records, milestones and deadlines; asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { goalDeadlines, goalProgress, type Goal } from '../../../../shared/domain/goals';
import { course, earned, readinessInput, role } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

const goal = (extra: Partial<Goal>): Goal => ({
  id: 'g',
  title: 'Goal',
  kind: 'experience',
  target: {
    type: 'number',
    value: 36,
    unit: 'months',
    measure: { source: 'experience', roleTypes: ['leading-projects'] },
  },
  startDate: '2026-01-01',
  targetDate: '2027-12-31',
  milestones: [],
  status: 'active',
  ...extra,
});

describe('goalProgress from records', () => {
  it('measures months of experience: 22 of 36 → 61 %', () => {
    const input = readinessInput({ roles: [role(['leading-projects'], '2024-08', null)] });
    const p = goalProgress(goal({}), input, null);
    expect(p).toMatchObject({
      basis: 'records',
      have: 22,
      need: 36,
      percent: 61,
      met: false,
      daysLeft: 600,
    });
    expect(p.fraction).toBeCloseTo(22 / 36, 10);
  });

  it('counts learning credits from the goal’s start; states from all records', () => {
    const activities = [
      activity('before', '2025-12-31', { powerSkills: 5 }),
      activity('after', '2026-02-01', { powerSkills: 2, businessAcumen: 1.5 }),
    ];
    const input = readinessInput({
      activities,
      hours: 20,
      courses: [course(8, 'pmo', '2020-01-01')],
    });
    const credits = goal({
      kind: 'education',
      target: {
        type: 'number',
        value: 7,
        unit: 'hours',
        measure: { source: 'learning-credits', area: 'all' },
      },
    });
    expect(goalProgress(credits, input, null)).toMatchObject({ have: 3.5, percent: 50 });
    const area = goal({
      kind: 'skill',
      target: {
        type: 'number',
        value: 4,
        unit: 'hours',
        measure: { source: 'learning-credits', area: 'powerSkills' },
      },
    });
    expect(goalProgress(area, input, null).have).toBe(2);
    const pmo = goal({
      kind: 'education',
      target: {
        type: 'number',
        value: 10,
        unit: 'hours',
        measure: { source: 'contact-hours', topic: 'pmo' },
      },
    });
    expect(goalProgress(pmo, input, null)).toMatchObject({ have: 8, percent: 80 });
  });

  it('counts credentials earned and conferences since the start', () => {
    const input = readinessInput({
      held: [earned('pmp', '2019-01-10')],
      network: {
        conferences: [
          { id: 'a', date: '2025-11-01' },
          { id: 'b', date: '2026-03-01' },
        ],
        memberships: [],
        mentors: [],
      },
    });
    const cred = goal({
      kind: 'credential',
      target: {
        type: 'number',
        value: 1,
        unit: 'count',
        measure: { source: 'credentials', anyOf: ['pmp', 'pgmp'] },
      },
    });
    expect(goalProgress(cred, input, null)).toMatchObject({
      have: 1,
      met: true,
      percent: 100,
      suggestAchieved: true,
    });
    const conf = goal({
      kind: 'network',
      target: { type: 'number', value: 2, unit: 'count', measure: { source: 'conferences' } },
    });
    expect(goalProgress(conf, input, null)).toMatchObject({ have: 1, percent: 50 });
  });

  it('keeps a custom goal’s own count', () => {
    const books = goal({
      kind: 'custom',
      target: {
        type: 'number',
        value: 12,
        unit: 'custom',
        unitLabel: 'books',
        measure: { source: 'manual', current: 9 },
      },
    });
    expect(goalProgress(books, readinessInput(), null)).toMatchObject({
      basis: 'manual',
      have: 9,
      need: 12,
      percent: 75,
    });
  });

  it('follows a linked ladder requirement exactly as readiness judges it', () => {
    const plan = defaultLadderPlan();
    const linked = goal({
      target: {
        type: 'requirement',
        rungId: 'project-manager',
        requirementId: 'experience-leading',
      },
    });
    const input = readinessInput({ roles: [role(['leading-projects'], '2024-08', null)] });
    expect(goalProgress(linked, input, plan)).toMatchObject({
      basis: 'requirement',
      have: 22,
      need: 36,
      percent: 61,
    });
    const degree = goal({
      kind: 'education',
      target: { type: 'requirement', rungId: 'pmo-director', requirementId: 'masters' },
    });
    expect(goalProgress(degree, readinessInput({ level: 'bachelor' }), plan)).toMatchObject({
      have: 3,
      need: 4,
      percent: 0,
    });
  });

  it('reports what stops progress from being computed', () => {
    expect(goalProgress(goal({ target: null }), readinessInput(), null)).toMatchObject({
      basis: 'none',
      problem: 'NO_MEASURABLE_TARGET',
      have: null,
      percent: 0,
      met: false,
    });
    const ghost = goal({
      target: { type: 'requirement', rungId: 'pmo-director', requirementId: 'ghost' },
    });
    expect(goalProgress(ghost, readinessInput(), defaultLadderPlan()).problem).toBe(
      'UNKNOWN_REQUIREMENT',
    );
  });
});

describe('milestones and deadlines', () => {
  const milestones = [
    { id: 'done-late', title: 'a', due: '2026-02-01', doneOn: '2026-03-01' },
    { id: 'late', title: 'b', due: '2026-04-30', doneOn: null },
    { id: 'today', title: 'c', due: '2026-05-10', doneOn: null },
    { id: 'next-month', title: 'd', due: '2026-06-15', doneOn: null },
  ];

  it('flags open milestones due before asOf; one due today is not yet overdue', () => {
    const p = goalProgress(goal({ milestones }), readinessInput(), null);
    expect(p.overdueMilestones).toEqual([
      { code: 'MILESTONE_OVERDUE', milestoneId: 'late', due: '2026-04-30', daysOverdue: 10 },
    ]);
    expect(p.nextMilestone).toEqual({ milestoneId: 'today', due: '2026-05-10', daysLeft: 0 });
    expect(p.milestones).toEqual({ done: 1, total: 4 });
  });

  it('does not flag milestones of a goal whose target is reached (no work is left)', () => {
    const books = goal({
      kind: 'custom',
      milestones,
      target: {
        type: 'number',
        value: 12,
        unit: 'custom',
        unitLabel: 'books',
        measure: { source: 'manual', current: 12 },
      },
      targetDate: '2026-05-01',
    });
    expect(goalProgress(books, readinessInput(), null)).toMatchObject({
      met: true,
      overdue: false,
      overdueMilestones: [],
      suggestAchieved: true,
    });
  });

  it('does not flag milestones of a paused goal', () => {
    expect(
      goalProgress(goal({ milestones, status: 'paused' }), readinessInput(), null)
        .overdueMilestones,
    ).toEqual([]);
  });

  it('marks an active goal overdue once its target date has passed unmet', () => {
    const p = goalProgress(goal({ targetDate: '2026-05-09' }), readinessInput(), null);
    expect(p).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(goalProgress(goal({ targetDate: '2026-05-10' }), readinessInput(), null).overdue).toBe(
      false,
    );
  });

  it('gives action deadlines from active goals linked to the target rung, earliest first', () => {
    const link = (rungId: string, requirementId: string) => ({
      type: 'requirement' as const,
      rungId,
      requirementId,
    });
    const goals: Goal[] = [
      goal({ id: '1', target: link('pmo-manager', 'mentors'), targetDate: '2026-12-31' }),
      goal({ id: '2', target: link('pmo-manager', 'mentors'), targetDate: '2026-09-30' }),
      goal({
        id: '3',
        target: link('pmo-manager', 'degree'),
        targetDate: '2027-06-30',
        status: 'dropped',
      }),
      goal({ id: '4', target: link('pmo-director', 'industries'), targetDate: '2026-07-01' }),
      goal({ id: '5', target: link('pmo-manager', 'memberships'), targetDate: null }),
    ];
    expect(goalDeadlines(goals, 'pmo-manager')).toEqual({ mentors: '2026-09-30' });
  });
});
