// PMP and CAPM rows of domain-facts §2, every path, expectations counted by hand.
// asOf is 10 May 2026 unless a test says otherwise; the 8-year window is 2018-06 … 2026-05.
import { describe, expect, it } from 'vitest';
import { findExamRule } from '../../../../shared/catalog/exams';
import { comparePaths, evaluateExam } from '../../../../shared/domain/eligibility/evaluate';
import type { ConditionResult, PathResult } from '../../../../shared/domain/eligibility/types';
import { course, earned, input, role, type InputOptions } from './fixtures';

const pmp = (o: InputOptions) => evaluateExam(findExamRule('pmp')!, input(o));
const capm = (o: InputOptions) => evaluateExam(findExamRule('capm')!, input(o));
const lead = (start: string, end: string | null = null) => role(['leading-projects'], start, end);
const experience = (c: ConditionResult[]) => c.find((x) => x.kind === 'experience')!;

describe('CAPM: secondary diploma and 23 hours', () => {
  it('is eligible with 23 hours', () => {
    const e = capm({ level: 'secondary', hours: 23 });
    expect(e.verdict).toBe('eligible');
    expect(e.path.pathId).toBe('standard');
    expect(e.eligibleOn).toBe('2026-05-10');
  });

  it('is not yet eligible with 22.75 hours, showing have vs need', () => {
    const e = capm({ level: 'secondary', hours: 22.75 });
    expect(e.verdict).toBe('not-yet');
    expect(e.path.conditions[1]).toMatchObject({
      code: 'TRAINING_HOURS',
      have: 22.75,
      need: 23,
      met: false,
    });
    expect(e.eligibleOn).toBeNull();
  });

  it('needs information when hours or education were never entered', () => {
    expect(capm({ level: 'secondary', hours: null })).toMatchObject({
      verdict: 'information-missing',
      missing: ['CONTACT_HOURS'],
    });
    expect(capm({ level: null, hours: 30 })).toMatchObject({
      verdict: 'information-missing',
      missing: ['EDUCATION_LEVEL'],
    });
  });
});

describe('PMP, four-year degree: 36 months leading projects in 8 years, 35 h or a CAPM', () => {
  it('is eligible with 36 months and 35 hours', () => {
    const e = pmp({ level: 'bachelor', hours: 35, roles: [lead('2023-06')] }); // 36 months
    expect(e.verdict).toBe('eligible');
    expect(e.path.pathId).toBe('degree');
    expect(experience(e.path.conditions)).toMatchObject({ have: 36, need: 36, met: true });
  });

  it('dates eligibility one month on with 35 months and an ongoing role', () => {
    const e = pmp({ level: 'bachelor', hours: 35, roles: [lead('2023-07')] });
    expect(e.verdict).toBe('not-yet');
    expect(experience(e.path.conditions)).toMatchObject({
      code: 'EXPERIENCE_MONTHS',
      experience: 'leading-projects',
      have: 35,
      need: 36,
      windowMonths: 96,
      windowFrom: '2018-06',
      metOn: '2026-06-01',
    });
    expect(e.eligibleOn).toBe('2026-06-01');
  });

  it('takes an active CAPM instead of 35 hours', () => {
    const e = pmp({
      level: 'master',
      hours: 0,
      roles: [lead('2023-06')],
      held: [earned('capm', '2025-01-15')],
    });
    expect(e.verdict).toBe('eligible');
    const training = e.path.conditions[2]!;
    expect(training).toMatchObject({ kind: 'any-of', satisfiedBy: 1 });
  });

  it('does not take an expired CAPM (earned 2019, fourth anniversary passed)', () => {
    const e = pmp({
      level: 'bachelor',
      hours: 0,
      roles: [lead('2023-06')],
      held: [earned('capm', '2019-01-10')],
    });
    expect(e.verdict).toBe('not-yet');
    const anyOf = e.path.conditions[2]!;
    expect(anyOf.kind === 'any-of' && anyOf.options[0]).toMatchObject({ have: 0, need: 35 });
  });

  it('counts three overlapping roles once: 27 months on 15 March 2025, eligible 1 Dec 2025', () => {
    const roles = [lead('2023-01', '2023-12'), lead('2023-07', '2024-06'), lead('2024-05')];
    const e = pmp({ asOf: '2025-03-15', level: 'bachelor', hours: 35, roles });
    expect(experience(e.path.conditions)).toMatchObject({ have: 27, metOn: '2025-12-01' });
    expect(e).toMatchObject({ verdict: 'not-yet', eligibleOn: '2025-12-01' });
  });

  it('ignores months older than 8 years and cannot date it without a current role', () => {
    const e = pmp({ level: 'bachelor', hours: 35, roles: [lead('2010-01', '2018-12')] });
    expect(experience(e.path.conditions)).toMatchObject({
      have: 7, // 2018-06 … 2018-12
      metOn: null,
      blockedBy: 'NO_ONGOING_ROLE',
    });
    expect(e.eligibleOn).toBeNull();
  });

  it('carries the source and confidence of each number', () => {
    const e = pmp({ level: 'bachelor', hours: 35, roles: [lead('2023-06')] });
    const x = experience(e.path.conditions);
    expect(x.kind === 'experience' && x.source).toMatchObject({
      value: 36,
      confidence: 'B',
      facts: '§2',
    });
    expect(x.kind === 'experience' && x.windowSource?.value).toBe(96);
  });
});

describe('PMP, secondary or associate: 60 months', () => {
  it('is eligible with 60 months', () => {
    const e = pmp({ level: 'associate', hours: 40, roles: [lead('2021-06')] }); // 60
    expect(e.verdict).toBe('eligible');
    expect(e.path.pathId).toBe('secondary');
  });

  it('applies the secondary path (not a degree path) with 40 months', () => {
    const e = pmp({ level: 'secondary', hours: 40, roles: [lead('2023-02')] }); // 40
    expect(e.path.pathId).toBe('secondary');
    expect(experience(e.path.conditions)).toMatchObject({
      have: 40,
      need: 60,
      metOn: '2028-01-01',
    });
    expect(e.paths.find((p) => p.pathId === 'degree')!.conditions[0]).toMatchObject({
      code: 'EDUCATION_LEVEL',
      have: 'secondary',
      need: 'bachelor',
      met: false,
    });
  });
});

describe('PMP, degree from a GAC-accredited program: 24 months, 35 h (C)', () => {
  it('is eligible with 24 months and 35 hours', () => {
    const e = pmp({ level: 'bachelor', gac: true, hours: 35, roles: [lead('2024-06')] }); // 24
    expect(e.verdict).toBe('eligible');
    expect(e.path.pathId).toBe('gac-degree');
    expect(e.path.conditions[1]).toMatchObject({ source: { confidence: 'C' } });
  });

  it('does not offer the GAC path without accreditation', () => {
    const e = pmp({ level: 'bachelor', gac: false, hours: 35, roles: [lead('2024-06')] });
    expect(e.verdict).toBe('not-yet');
    expect(e.path.pathId).toBe('degree');
    expect(e.eligibleOn).toBe('2027-05-01');
  });

  it('with a CAPM and no hours, the degree path applies (the GAC row asks for 35 h)', () => {
    const e = pmp({
      level: 'bachelor',
      gac: true,
      hours: 0,
      roles: [lead('2024-06')],
      held: [earned('capm', '2025-01-15')],
    });
    expect(e.verdict).toBe('not-yet');
    expect(e.path.pathId).toBe('degree');
    expect(e.eligibleOn).toBe('2027-05-01');
  });
});

it('PMP says what is missing when the work history was never entered', () => {
  const e = pmp({ level: 'bachelor', hours: 35, roles: null });
  expect(e.verdict).toBe('information-missing');
  expect(e.missing).toEqual(['EXPERIENCE_LOG']);
});

it('PMP general hours count courses on every topic', () => {
  const e = pmp({
    level: 'bachelor',
    hours: 20,
    courses: [course(15, 'agile')],
    roles: [lead('2023-06')],
  });
  expect(e.verdict).toBe('eligible');
});

describe('comparePaths', () => {
  const path = (
    pathId: PathResult['pathId'],
    educationMet: boolean,
    progress: number,
  ): PathResult => ({
    pathId,
    status: 'unmet',
    progress,
    eligibleOn: null,
    conditions: [
      {
        kind: 'education',
        code: 'EDUCATION_LEVEL',
        have: 'secondary',
        need: educationMet ? 'secondary' : 'bachelor',
        status: educationMet ? 'met' : 'unmet',
        met: educationMet,
        source: { value: 'bachelor', confidence: 'B', source: 'test' },
      },
    ],
  });

  it('puts a path open with the user’s education before one needing a new degree', () => {
    const ranked = [path('degree', false, 0.9), path('secondary', true, 0.5)].sort(comparePaths);
    expect(ranked.map((p) => p.pathId)).toEqual(['secondary', 'degree']);
  });

  it('prefers a dated path, then the earlier date, then more progress', () => {
    const dated = { ...path('degree', true, 0.2), eligibleOn: '2027-01-01' };
    const sooner = { ...path('gac-degree', true, 0.1), eligibleOn: '2026-09-01' };
    const ranked = [path('secondary', true, 0.9), dated, sooner].sort(comparePaths);
    expect(ranked.map((p) => p.pathId)).toEqual(['gac-degree', 'degree', 'secondary']);
  });
});
