// The readiness score: mean progress of essential requirements × 100, rounded down.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { skillIds } from '../../../../shared/catalog/skills';
import {
  ladderReadiness,
  readinessScore,
  rungReadiness,
  type RequirementResult,
} from '../../../../shared/domain/readiness';
import type { SkillAssessment } from '../../../../shared/domain/skills';
import { earned, readinessInput, role } from '../eligibility/fixtures';
import { req, rungOf } from './fixtures';

const fake = (priority: 'essential' | 'recommended', progress: number) =>
  ({ requirement: { priority }, met: progress >= 1, progress }) as unknown as RequirementResult;

describe('readinessScore', () => {
  it('averages the progress of the essential requirements: (1 + 0.5 + 0 + 22/36) / 4 → 52', () => {
    const results = [
      fake('essential', 1),
      fake('essential', 0.5),
      fake('essential', 0),
      fake('essential', 22 / 36),
    ];
    expect(readinessScore(results)).toBe(52);
  });

  it('is not lowered by recommended requirements', () => {
    expect(readinessScore([fake('essential', 0.5), fake('recommended', 0)])).toBe(50);
  });

  it('is 100 only when every essential requirement is met', () => {
    expect(
      readinessScore([fake('essential', 1), fake('essential', 1), fake('recommended', 0)]),
    ).toBe(100);
    const almost = [
      ...Array.from({ length: 999 }, () => fake('essential', 1)),
      fake('essential', 0.5),
    ];
    expect(readinessScore(almost)).toBe(99);
    // Without essential requirements there is no score (rung-without-requirements.test.ts).
    expect(readinessScore([])).toBeNull();
    expect(readinessScore([fake('recommended', 0)])).toBeNull();
  });
});

describe('rungReadiness', () => {
  it('judges each requirement and counts essential and recommended ones met', () => {
    const rung = rungOf([
      req('pmp', { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' }),
      req('lead', {
        kind: 'experience',
        roleTypes: ['leading-projects'],
        months: 36,
        windowMonths: null,
      }),
      req('skill', { kind: 'skill', skill: 'communication', level: 4 }),
      req('mentor', { kind: 'mentors', count: 1 }, 'recommended'),
    ]);
    const input = readinessInput({
      held: [earned('pmp', '2025-02-01')],
      roles: [role(['leading-projects'], '2024-08', null)], // 22 months
      assessments: [{ id: 'a', skill: 'communication', level: 3, date: '2026-01-01' }],
    });
    const r = rungReadiness(rung, input);
    // (1 + 22/36 + 3/4) / 3 = 0.787… → 78
    expect(r).toMatchObject({
      rungId: 'target',
      score: 78,
      ready: false,
      essential: { met: 1, total: 3 },
      recommended: { met: 0, total: 1 },
    });
    expect(r.requirements.map((x) => x.status)).toEqual(['met', 'unmet', 'unmet', 'unmet']);
  });
});

describe('ladderReadiness on the default ladder', () => {
  const all = (level: SkillAssessment['level']): SkillAssessment[] =>
    skillIds.map((skill) => ({ id: skill, skill, level, date: '2026-01-01' }));

  it('marks the first rung ready for a PMP holder with basic skills', () => {
    const input = readinessInput({
      level: 'bachelor',
      hours: 35,
      held: [earned('pmp', '2025-02-01')],
      roles: [role(['leading-projects'], '2022-01', null)],
      assessments: all(3),
    });
    const ladder = ladderReadiness(defaultLadderPlan(), input);
    expect(ladder.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(ladder[0]).toMatchObject({ rungId: 'project-support', score: 100, ready: true });
    expect(ladder[4]!.ready).toBe(false);
    expect(ladder[4]!.score).toBeLessThan(ladder[0]!.score!);
  });
});
