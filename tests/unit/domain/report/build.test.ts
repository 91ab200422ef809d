// The whole report model: only the chosen sections are built; asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  buildReport,
  reportSections,
  type ReportSectionId,
} from '../../../../shared/domain/report';
import { readinessInput } from '../eligibility/fixtures';

const input = (sections: ReportSectionId[]) => ({
  asOf: '2026-05-10',
  period: { kind: 'last-12-months' as const, from: '2025-05-11', to: '2026-05-10', heldId: null },
  sections: new Set(sections),
  profile: { name: 'Kim', currentRung: 'pmo-analyst', targetRung: 'pmo-manager' },
  plan: defaultLadderPlan(),
  goals: [],
  readiness: readinessInput(),
  evidenceCounts: new Map<string, number>(),
  study: { plans: [], blocks: [], sessions: [] },
  journal: [],
});

describe('buildReport', () => {
  it('builds every section when all are chosen', () => {
    const m = buildReport(input([...reportSections]));
    expect(m.summary?.targetRung?.id).toBe('pmo-manager');
    expect(m.summary?.readiness?.score).toBeGreaterThanOrEqual(0);
    expect(m.summary?.actions.length).toBeGreaterThan(0);
    expect(m.eligibility?.length).toBeGreaterThan(0);
    for (const key of ['credentials', 'goals', 'study', 'journal', 'creditLog'] as const) {
      expect(m[key]).not.toBeNull();
    }
  });

  it.each(reportSections.map((s) => [s]))('leaves out everything but %s', (only) => {
    const m = buildReport(input([only]));
    const keyOf: Record<ReportSectionId, keyof typeof m> = {
      summary: 'summary',
      credentials: 'credentials',
      eligibility: 'eligibility',
      goals: 'goals',
      study: 'study',
      journal: 'journal',
      'credit-log': 'creditLog',
    };
    for (const s of reportSections) {
      if (s === only) expect(m[keyOf[s]]).not.toBeNull();
      else expect(m[keyOf[s]]).toBeNull();
    }
    expect(m.name).toBe('Kim');
  });
});
