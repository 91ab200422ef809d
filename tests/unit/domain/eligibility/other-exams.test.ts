// PMI-ACP, PgMP, PfMP, PMI-RMP, PMI-SP, PMI-PBA, PMI-PMOCP and PRINCE2 Practitioner rows of
// domain-facts §2, every path. asOf 10 May 2026: 5 years → 2021-06, 8 → 2018-06, 15 → 2011-06.
import { describe, expect, it } from 'vitest';
import { credentialStatus } from '../../../../shared/domain/credentials';
import { examIds, findExamRule } from '../../../../shared/catalog/exams';
import { evaluateAllExams, evaluateExam } from '../../../../shared/domain/eligibility/evaluate';
import type { ConditionResult } from '../../../../shared/domain/eligibility/types';
import { course, earned, input, preparing, role, type InputOptions } from './fixtures';

const check = (exam: string, o: InputOptions) => evaluateExam(findExamRule(exam)!, input(o));
const ofKind = (c: ConditionResult[], exp: string) =>
  c.find((x) => x.kind === 'experience' && x.experience === exp)!;

describe('PMI-ACP: 24 months agile in 5 years, 28 h agile training (C, verify)', () => {
  it('is eligible with both', () => {
    const e = check('pmi-acp', {
      level: 'secondary',
      courses: [course(28, 'agile')],
      roles: [role(['agile'], '2024-06', null)],
    });
    expect(e.verdict).toBe('eligible');
  });

  it('counts only agile courses towards the 28 hours', () => {
    const e = check('pmi-acp', {
      level: 'secondary',
      hours: 100,
      courses: [course(21, 'agile')],
      roles: [role(['agile'], '2024-06', null)],
    });
    expect(e.verdict).toBe('not-yet');
    expect(e.path.conditions[2]).toMatchObject({ topic: 'agile', have: 21, need: 28 });
  });

  it('records where sources disagree (§5.5)', () => {
    expect(findExamRule('pmi-acp')!.disagreement?.facts).toBe('§5.5');
  });
});

describe('PgMP: 48 months projects or a PMP, plus 48 / 84 months program in 15 years', () => {
  const program48 = () => role(['program'], '2022-06', null); // 2022-06 … 2026-05 = 48

  it('degree + PMP in good standing + 48 months program → eligible by the PMP shortcut', () => {
    const e = check('pgmp', {
      level: 'bachelor',
      roles: [program48()],
      held: [earned('pmp', '2024-03-01')],
    });
    expect(e.verdict).toBe('eligible');
    expect(e.path.pathId).toBe('degree');
    expect(e.path.conditions[1]).toMatchObject({ kind: 'any-of', satisfiedBy: 1 });
  });

  it('degree + 48 months leading projects, no PMP → eligible by experience', () => {
    const roles = [role(['leading-projects'], '2012-01', '2015-12'), program48()];
    const e = check('pgmp', { level: 'bachelor', roles });
    expect(e.verdict).toBe('eligible');
    expect(e.path.conditions[1]).toMatchObject({ kind: 'any-of', satisfiedBy: 0 });
  });

  it('secondary + PMP + 48 months program → 84 needed, met 1 May 2029', () => {
    const e = check('pgmp', {
      level: 'secondary',
      roles: [program48()],
      held: [earned('pmp', '2024-03-01')],
    });
    expect(e.path.pathId).toBe('secondary');
    expect(ofKind(e.path.conditions, 'program')).toMatchObject({
      have: 48,
      need: 84,
      metOn: '2029-05-01',
    });
    expect(e.eligibleOn).toBe('2029-05-01');
  });

  it('does not count program months older than 15 years', () => {
    const roles = [role(['program'], '2005-01', '2011-05')];
    const e = check('pgmp', { level: 'bachelor', roles, held: [earned('pmp', '2024-03-01')] });
    expect(ofKind(e.path.conditions, 'program')).toMatchObject({ have: 0, windowFrom: '2011-06' });
  });

  it('does not take a suspended PMP as the shortcut', () => {
    // earned 2022-09-01: cycle ends 2025-08-31, suspended 2025-09-01 … 2026-08-31
    const pmp = earned('pmp', '2022-09-01');
    expect(credentialStatus(pmp.credential, pmp.rule, '2026-05-10')).toBe('suspended');
    const e = check('pgmp', { level: 'bachelor', roles: [program48()], held: [pmp] });
    const anyOf = e.path.conditions[1]!;
    expect(anyOf.kind === 'any-of' && anyOf.options[1]).toMatchObject({ met: false, have: null });
    expect(e.verdict).toBe('not-yet');
  });
});

describe('PfMP: 96 months business plus 48 / 84 months portfolio in 15 years (A)', () => {
  it('counts every role as business experience', () => {
    const roles = [role(['portfolio'], '2018-06', null)]; // 96 months
    const degree = check('pfmp', { level: 'bachelor', roles });
    expect(degree.verdict).toBe('eligible');
    expect(ofKind(degree.path.conditions, 'business')).toMatchObject({ have: 96, need: 96 });
    expect(check('pfmp', { level: 'secondary', roles }).verdict).toBe('eligible');
  });

  it('secondary with 60 months portfolio → met 1 May 2028', () => {
    const roles = [
      role(['general-business'], '2010-01', '2020-12'),
      role(['portfolio'], '2021-06', null),
    ];
    const e = check('pfmp', { level: 'secondary', roles });
    expect(ofKind(e.path.conditions, 'business')).toMatchObject({ have: 115 + 60, met: true });
    expect(ofKind(e.path.conditions, 'portfolio')).toMatchObject({
      have: 60,
      need: 84,
      metOn: '2028-05-01',
    });
    expect(e.path.conditions[1]).toMatchObject({ source: { confidence: 'A' } });
  });
});

describe.each([
  ['pmi-rmp', 'risk', 'risk'],
  ['pmi-sp', 'scheduling', 'scheduling'],
] as const)(
  '%s: degree 24 months + 30 h, secondary 36 months + 40 h, in 5 years',
  (exam, type, topic) => {
    it('degree path: eligible with 24 months and 30 hours', () => {
      const e = check(exam, {
        level: 'bachelor',
        courses: [course(30, topic)],
        roles: [role([type], '2024-06', null)],
      });
      expect(e).toMatchObject({ verdict: 'eligible', path: { pathId: 'degree' } });
    });

    it('degree path: 29.75 hours is short', () => {
      const e = check(exam, {
        level: 'bachelor',
        courses: [course(29.75, topic)],
        roles: [role([type], '2024-06', null)],
      });
      expect(e.verdict).toBe('not-yet');
      expect(e.path.conditions[2]).toMatchObject({ have: 29.75, need: 30 });
    });

    it('secondary path: eligible with 36 months and 40 hours', () => {
      const e = check(exam, {
        level: 'secondary',
        courses: [course(40, topic)],
        roles: [role([type], '2023-06', null)],
      });
      expect(e).toMatchObject({ verdict: 'eligible', path: { pathId: 'secondary' } });
    });

    it('secondary path: months leaving the 5-year window delay the date', () => {
      const roles = [role([type], '2021-06', '2022-05'), role([type], '2025-06', null)];
      const e = check(exam, { level: 'secondary', courses: [course(40, topic)], roles });
      expect(e.eligibleOn).toBe('2028-05-01');
    });
  },
);

describe('PMI-PBA: degree 36 / secondary 60 months business analysis in 8 years, 35 h', () => {
  it('degree path', () => {
    const roles = [role(['business-analysis'], '2023-06', null)]; // 36
    const e = check('pmi-pba', {
      level: 'master',
      courses: [course(35, 'business-analysis')],
      roles,
    });
    expect(e).toMatchObject({ verdict: 'eligible', path: { pathId: 'degree' } });
  });

  it('secondary path needs 60 months', () => {
    const roles = [role(['business-analysis'], '2023-06', null)];
    const e = check('pmi-pba', {
      level: 'associate',
      courses: [course(35, 'business-analysis')],
      roles,
    });
    expect(e.path.pathId).toBe('secondary');
    expect(e.eligibleOn).toBe('2028-05-01'); // 24 more months
  });
});

describe('PMI-PMOCP: 36 months project experience or a PMP, plus 10 h PMO education (A)', () => {
  it('counts project experience of any age (no window)', () => {
    const roles = [role(['project-team'], '2005-01', '2007-12')];
    const e = check('pmi-pmocp', { level: 'secondary', courses: [course(10, 'pmo')], roles });
    expect(e.verdict).toBe('eligible');
    expect(e.path.conditions[1]).toMatchObject({ satisfiedBy: 0 });
  });

  it('takes a PMP in good standing instead of the experience', () => {
    const e = check('pmi-pmocp', {
      level: 'bachelor',
      courses: [course(10, 'pmo')],
      held: [earned('pmp', '2025-02-01')],
    });
    expect(e.verdict).toBe('eligible');
    expect(e.path.conditions[1]).toMatchObject({
      satisfiedBy: 1,
      options: [{}, { have: { credentialId: 'pmp', status: 'active' } }],
    });
  });

  it('still needs the 10 hours with a PMP', () => {
    const e = check('pmi-pmocp', {
      level: 'bachelor',
      courses: [course(9, 'pmo')],
      held: [earned('pmp', '2025-02-01')],
    });
    expect(e.verdict).toBe('not-yet');
  });

  it('does not take an expired PMP', () => {
    const e = check('pmi-pmocp', {
      level: 'bachelor',
      courses: [course(10, 'pmo')],
      held: [earned('pmp', '2019-01-10')],
    });
    expect(e.verdict).toBe('not-yet');
  });
});

describe('PRINCE2 Practitioner: Foundation, PMP, CAPM or IPMA A–D (C)', () => {
  it('takes a Foundation certificate that is no longer current (domain-facts §3)', () => {
    // Exam 1 Mar 2023: renew-by 1 Mar 2026, not renewed.
    const e = check('prince2-practitioner', { held: [earned('prince2-foundation', '2023-03-01')] });
    expect(e.verdict).toBe('eligible');
    expect(e.path.conditions[0]).toMatchObject({
      have: { credentialId: 'prince2-foundation', status: 'not-current' },
    });
  });

  it('takes a Foundation certificate from before 2023 as held, with no renew-by date (§3, §5.4)', () => {
    const e = check('prince2-practitioner', { held: [earned('prince2-foundation', '2020-03-01')] });
    expect(e.verdict).toBe('eligible');
    expect(e.path.conditions[0]).toMatchObject({
      have: { credentialId: 'prince2-foundation', status: 'active' },
    });
  });

  it.each([
    ['a PMP', { held: [earned('pmp', '2025-02-01')] }],
    ['an expired CAPM', { held: [earned('capm', '2019-01-10')] }],
    ['a declared IPMA Level D', { other: ['ipma-d'] }],
  ])('takes %s', (_label, o) => {
    expect(check('prince2-practitioner', o).verdict).toBe('eligible');
  });

  it('does not take a Foundation still in preparation', () => {
    expect(check('prince2-practitioner', { held: [preparing('prince2-foundation')] }).verdict).toBe(
      'not-yet',
    );
    expect(check('prince2-practitioner', {}).verdict).toBe('not-yet');
  });
});

it('evaluates every exam of the catalogue in order', () => {
  const all = evaluateAllExams(input({ level: 'secondary', hours: 23 }));
  expect(all.map((e) => e.examId)).toEqual([...examIds]);
  expect(all.find((e) => e.examId === 'capm')!.verdict).toBe('eligible');
});
