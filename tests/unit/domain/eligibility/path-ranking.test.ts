// Which PMP path applies when some wait for information (domain-facts §2: four-year degree
// 36 months + 35 h or a CAPM; GAC-accredited degree 24 months + 35 h, no CAPM alternative),
// and what is still to enter: the screen (`missing`), the report (`missingFor`) and the
// Ladder's next actions must agree. asOf 10 May 2026; expectations counted by hand.
import { describe, expect, it } from 'vitest';
import { findExamRule } from '../../../../shared/catalog/exams';
import { comparePaths, evaluateExam } from '../../../../shared/domain/eligibility/evaluate';
import type { PathResult } from '../../../../shared/domain/eligibility/types';
import { nextBestActions } from '../../../../shared/domain/readiness';
import { missingFor } from '../../../../shared/domain/report';
import { planOf, req, rungOf } from '../readiness/fixtures';
import { earned, input, readinessInput, role, type InputOptions } from './fixtures';

const pmp = (o: InputOptions) => evaluateExam(findExamRule('pmp')!, input(o));
const lead = (start: string, end: string | null = null) => role(['leading-projects'], start, end);
const CAPM = earned('capm', '2025-01-15');

// The reviewer's reproduction: GAC-accredited bachelor's, no contact hours entered, an active
// CAPM, leading projects since 2023-11 (31 months by May 2026).
const repro: InputOptions = {
  level: 'bachelor',
  gac: true,
  hours: null,
  roles: [lead('2023-11')],
  held: [CAPM],
};

describe('PMP: the path that applies, its verdict and what is missing (domain-facts §2)', () => {
  it.each<{
    name: string;
    o: InputOptions;
    verdict: string;
    path: string;
    eligibleOn: string | null;
    missing: string[];
  }>([
    {
      // GAC: 31 ≥ 24 months, only the 35 h unknown (a CAPM does not stand in on this row).
      // Degree: 31 of 36 months, failed, dated 1 Oct 2026. Nothing failed beats failed.
      name: 'GAC degree, hours never entered, CAPM, 31 months: the GAC path waits for the hours',
      o: repro,
      verdict: 'information-missing',
      path: 'gac-degree',
      eligibleOn: null,
      missing: ['CONTACT_HOURS'],
    },
    {
      // Same, not accredited: the GAC path fails on education; the degree path, dated, applies.
      name: 'all paths failed: the dated degree path applies, nothing to enter',
      o: { ...repro, gac: false },
      verdict: 'not-yet',
      path: 'degree',
      eligibleOn: '2026-10-01',
      missing: [],
    },
    {
      // Hours entered as 0: the GAC path fails on them (no date); the dated degree path leads.
      name: 'GAC degree, 0 hours entered: every path failed, the dated one applies',
      o: { ...repro, hours: 0 },
      verdict: 'not-yet',
      path: 'degree',
      eligibleOn: '2026-10-01',
      missing: [],
    },
    {
      // 36 months: degree met through the CAPM while the GAC path still waits for the hours.
      name: 'one path met, another waiting for hours: eligible, nothing to enter',
      o: { ...repro, roles: [lead('2023-06')] },
      verdict: 'eligible',
      path: 'degree',
      eligibleOn: '2026-05-10',
      missing: [],
    },
    {
      // Work history and hours never entered: both degree paths only unknown. Degree (CAPM
      // meets its hours) has more progress (2/3 vs 1/3) and needs only the work history.
      name: 'two paths only unknown: the one with more progress, its own facts',
      o: { ...repro, roles: null },
      verdict: 'information-missing',
      path: 'degree',
      eligibleOn: null,
      missing: ['EXPERIENCE_LOG'],
    },
    {
      // Education never entered, 40 months, 35 h: GAC and degree only unknown (education);
      // secondary fails (40 of 60; undated, its education unknown). An unknown path applies,
      // GAC first on the tie (catalogue order), waiting for the education alone.
      name: 'education never entered: the paths waiting for it apply, not the failed one',
      o: { level: null, hours: 35, roles: [lead('2023-02')] },
      verdict: 'information-missing',
      path: 'gac-degree',
      eligibleOn: null,
      missing: ['EDUCATION_LEVEL'],
    },
    {
      // Education and work history never entered: page order is Experience, then Education.
      name: 'education and work history never entered: facts in page order',
      o: { level: null, hours: 35, roles: null },
      verdict: 'information-missing',
      path: 'gac-degree',
      eligibleOn: null,
      missing: ['EXPERIENCE_LOG', 'EDUCATION_LEVEL'],
    },
  ])('$name', ({ o, verdict, path, eligibleOn, missing }) => {
    const e = pmp(o);
    expect({ verdict: e.verdict, path: e.path.pathId, eligibleOn: e.eligibleOn }).toEqual({
      verdict,
      path,
      eligibleOn,
    });
    expect(e.missing).toEqual(missing);
    // The report says what the screen says.
    expect(missingFor(e)).toEqual(missing);
  });

  it('the verdict is the status of the path that applies', () => {
    const cases: InputOptions[] = [
      repro,
      { ...repro, gac: false },
      { ...repro, roles: [lead('2023-06')] },
      { ...repro, roles: null },
      { level: null, hours: 35, roles: [lead('2023-02')] },
    ];
    const verdictOf = { met: 'eligible', unknown: 'information-missing', unmet: 'not-yet' };
    for (const o of cases) {
      const e = pmp(o);
      expect(e.verdict).toBe(verdictOf[e.path.status]);
    }
  });
});

describe('comparePaths: met > only unknowns > failed with a date > failed (domain-facts §2)', () => {
  const p = (
    pathId: PathResult['pathId'],
    status: PathResult['status'],
    eligibleOn: string | null,
    progress: number,
  ): PathResult => ({ pathId, status, eligibleOn, progress, conditions: [] });

  it.each<{ name: string; paths: PathResult[]; order: string[] }>([
    {
      name: 'only unknowns before a failed path with a projected date',
      paths: [p('degree', 'unmet', '2026-10-01', 0.9), p('gac-degree', 'unknown', null, 0.1)],
      order: ['gac-degree', 'degree'],
    },
    {
      name: 'met before only unknowns',
      paths: [p('gac-degree', 'unknown', null, 0.9), p('degree', 'met', '2026-05-10', 1)],
      order: ['degree', 'gac-degree'],
    },
    {
      name: 'the whole order',
      paths: [
        p('secondary', 'unmet', null, 0.9),
        p('degree', 'unmet', '2027-01-01', 0.2),
        p('gac-degree', 'unknown', null, 0.1),
      ],
      order: ['gac-degree', 'degree', 'secondary'],
    },
    {
      name: 'two only unknown: more progress first',
      paths: [p('gac-degree', 'unknown', null, 0.3), p('degree', 'unknown', null, 0.6)],
      order: ['degree', 'gac-degree'],
    },
  ])('$name', ({ paths, order }) => {
    expect([...paths].sort(comparePaths).map((x) => x.pathId)).toEqual(order);
  });
});

describe('the Ladder’s next action agrees (domain-facts §2)', () => {
  it('asks for the contact hours, not 5 more months, for the reproduction', () => {
    const pmpReq = req('pmp', { kind: 'credential', anyOf: ['pmp'], count: 1, standing: 'good' });
    const actions = nextBestActions(planOf(rungOf([pmpReq])), 'target', readinessInput(repro));
    expect(actions.map((a) => a.code)).toEqual(['ENTER_INFORMATION']);
    expect(actions[0]).toMatchObject({
      code: 'ENTER_INFORMATION',
      missing: 'CONTACT_HOURS',
      unlocks: { exam: 'pmp', on: null },
    });
  });
});
