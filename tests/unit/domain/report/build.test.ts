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
  journal: { courses: [], events: [], media: [], interactions: [], contacts: [] },
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

describe('buildReport with study and journal records as stored', () => {
  it('reads the planner’s and the journal’s records into their sections', () => {
    const m = buildReport({
      ...input(['study', 'journal']),
      study: {
        plans: [{ id: 'p', title: 'PMI-ACP', status: 'active', hoursNeeded: 28 }],
        blocks: [{ planId: 'p', date: '2026-04-01', minutes: 90 }],
        sessions: [{ planId: 'p', date: '2026-04-02', minutes: 60 }],
      },
      journal: {
        courses: [
          {
            id: 'c',
            title: 'Agile basics',
            start: '2026-03-01',
            end: null,
            notes: 'Small batches.',
          },
        ],
        events: [],
        media: [
          {
            id: 'm',
            title: 'A book',
            date: '2024-01-01',
            notes: '',
            reflection: { learned: 'x', apply: '' },
          },
        ],
        interactions: [
          {
            id: 'i',
            contactId: 'k',
            date: '2026-04-20',
            kind: 'mentoring-given',
            notes: '',
            reflection: { learned: '', apply: 'Pair on the next plan.' },
          },
        ],
        contacts: [{ id: 'k', name: 'Kai' }],
      },
    });
    expect(m.study?.totals).toEqual({
      plannedMinutes: 90,
      actualMinutes: 60,
      sessions: 1,
      laterMinutes: 0,
    });
    expect(m.journal?.counts).toEqual({ course: 1, event: 0, media: 0, interaction: 1 });
    expect(m.journal?.highlights.map((e) => [e.title, e.notes])).toEqual([
      ['Agile basics', 'Small batches.'],
      ['Kai', ''],
    ]);
  });
});

describe('buildReport: sections judged on the report date, the period ended before it', () => {
  const past = { kind: 'custom' as const, from: '2025-01-01', to: '2025-12-31', heldId: null };

  it('names the chosen sections that speak of the report date, not the period', () => {
    const m = buildReport({ ...input([...reportSections]), period: past });
    expect(m.judgedOnReportDate).toEqual(['summary', 'credentials', 'eligibility', 'goals']);
  });

  it('names only those chosen', () => {
    const m = buildReport({ ...input(['credentials', 'credit-log', 'study']), period: past });
    expect(m.judgedOnReportDate).toEqual(['credentials']);
  });

  it.each([
    ['ends on the report date', '2026-05-10'],
    ['runs past it (a credential cycle)', '2028-01-14'],
  ])('names none when the period %s', (_name, to) => {
    const period = { kind: 'custom' as const, from: '2025-01-01', to, heldId: null };
    expect(buildReport({ ...input([...reportSections]), period }).judgedOnReportDate).toEqual([]);
  });

  it('the day before the report date is already the past', () => {
    const period = { kind: 'custom' as const, from: '2025-01-01', to: '2026-05-09', heldId: null };
    expect(buildReport({ ...input(['goals']), period }).judgedOnReportDate).toEqual(['goals']);
  });
});
