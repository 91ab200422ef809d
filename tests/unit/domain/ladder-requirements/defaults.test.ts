// The default rungs' requirements against PRODUCT.md's ladder table and the seeds.
import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../../../shared/catalog/ladder';
import {
  defaultLadderPlan,
  validateRequirement,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';

const plan = defaultLadderPlan();
const rung = (id: string) => plan.rungs.find((r) => r.id === id)!;
const credentials = (id: string) =>
  rung(id)
    .requirements.filter(
      (q): q is Extract<Requirement, { kind: 'credential' }> => q.kind === 'credential',
    )
    .map((q) => `${q.priority}:${q.anyOf.join('|')}`);

describe('default ladder with requirements', () => {
  it('composes the five rungs of shared/catalog/ladder.ts, in order', () => {
    expect(plan.rungs.map((r) => [r.id, r.level, r.name])).toEqual(
      defaultLadder.rungs.map((r) => [r.id, r.level, r.name]),
    );
    expect(plan.rungs.every((r) => r.origin === 'default')).toBe(true);
  });

  it('asks for the credentials of PRODUCT.md’s table', () => {
    expect(credentials('project-support')).toEqual([
      'essential:capm|prince2-foundation|pmp|prince2-practitioner',
    ]);
    expect(credentials('pmo-analyst')).toEqual(['essential:pmp|prince2-practitioner|pmi-pmocp']);
    expect(credentials('project-manager')).toEqual([
      'essential:pmp|prince2-practitioner',
      'recommended:pmi-acp',
    ]);
    expect(credentials('pmo-manager')).toEqual([
      'essential:pmp',
      'essential:pmi-pmocp|pgmp|pfmp|pmi-acp|pmi-rmp|pmi-sp|pmi-pba|prince2-practitioner',
    ]);
    expect(credentials('pmo-director')).toEqual(['essential:pmp', 'essential:pgmp|pfmp']);
  });

  it('derives project experience from the lower end of the typical years', () => {
    const months = (id: string) =>
      rung(id).requirements.find((q) => q.id === 'experience-project' && q.kind === 'experience');
    expect(months('pmo-analyst')).toMatchObject({ months: 24, windowMonths: null });
    expect(months('pmo-manager')).toMatchObject({ months: 72 });
    expect(months('pmo-director')).toMatchObject({ months: 120 });
  });

  it('covers every requirement kind of PRODUCT.md on the top rung', () => {
    const kinds = new Set(rung('pmo-director').requirements.map((q) => q.kind));
    for (const k of [
      'credential',
      'education-level',
      'experience',
      'industries',
      'skill',
      'conferences',
      'memberships',
      'mentors',
      'continuous-learning',
      'leadership-training',
    ]) {
      expect(kinds.has(k as Requirement['kind'])).toBe(true);
    }
  });

  it('raises skill targets rung by rung (never lower on a higher rung)', () => {
    const level = (id: string, skill: string) =>
      rung(id).requirements.find((q) => q.kind === 'skill' && q.skill === skill);
    const leadership = ['pmo-analyst', 'project-manager', 'pmo-manager', 'pmo-director'].map(
      (id) => (level(id, 'leadership') as { level: number }).level,
    );
    expect(leadership).toEqual([2, 3, 4, 5]);
  });

  it('has valid requirements with ids unique within each rung', () => {
    for (const r of plan.rungs) {
      const ids = r.requirements.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of r.requirements) expect(validateRequirement(q)).toEqual([]);
    }
  });

  it('says which numbers are Ascent’s own defaults', () => {
    const skill = rung('project-manager').requirements.find((q) => q.kind === 'skill')!;
    expect(skill.basis.note).toMatch(/^Ascent default/);
    const pmEducation = rung('project-support').requirements.find((q) => q.id === 'pm-education')!;
    expect(pmEducation).toMatchObject({
      hours: 23,
      basis: { source: expect.stringMatching(/^Exam eligibility rules/) },
    });
    expect(pmEducation.basis.note).toBeUndefined();
  });

  it('returns a fresh value on every call', () => {
    const a = defaultLadderPlan();
    (a.rungs[0]!.requirements as Requirement[]).length = 0;
    expect(defaultLadderPlan().rungs[0]!.requirements.length).toBeGreaterThan(0);
  });
});

describe('sources shown to the user', () => {
  it('name real guidance or Ascent itself, never a working file', async () => {
    const { skillAreas } = await import('../../../../shared/catalog/skills/areas');
    const shown = [
      defaultLadder.source,
      ...plan.rungs.flatMap((r) => r.requirements.map((q) => q.basis.source)),
      ...skillAreas.map((a) => a.source),
    ];
    expect(shown.length).toBeGreaterThan(10);
    for (const s of shown) {
      expect(s).not.toMatch(/\.md\b|\bseed\b|§/i);
      expect(s.trim().length).toBeGreaterThan(10);
    }
  });
});
