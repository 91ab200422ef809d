// PM education hours a credential shows (domain-facts §2: contact hours come before the exam;
// PMP row "35 h PM education or a CAPM"; CAPM row "23 h"). A PMP holder was told to "Complete
// 35 hours of general project management training" on the PMO Analyst and Project Manager
// rungs, whose 35 hours come from that very row.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  evaluateRequirement,
  hoursShownBy,
  nextBestActions,
} from '../../../../shared/domain/readiness';
import { earned, preparing, readinessInput, type InputOptions } from '../eligibility/fixtures';

const plan = defaultLadderPlan();
const pmEducation = (rungId: string) =>
  plan.rungs.find((r) => r.id === rungId)!.requirements.find((q) => q.id === 'pm-education')!;

describe('hoursShownBy: the hours of each exam row (domain-facts §2)', () => {
  it.each([
    ['capm', 'general', 35, 'CAPM row 23 h; PMP row accepts a CAPM in place of 35 h'],
    ['pmp', 'general', 35, 'PMP row: 35 h on every path'],
    ['pmi-acp', 'agile', 28, 'PMI-ACP row: 28 h agile'],
    ['pmi-acp', 'general', 28, 'agile training is PM education'],
    ['pmi-rmp', 'risk', 30, 'PMI-RMP row: 30 h (degree) or 40 h: the fewer'],
    ['pmi-pmocp', 'pmo', 10, 'PMI-PMOCP row: 10 h PMO education'],
    ['pmi-pmocp', 'risk', 0, 'no risk hours'],
    ['pgmp', 'general', 0, 'PgMP row: no training hours'],
    ['prince2-practitioner', 'general', 0, 'no hours in its row'],
  ] as const)('%s, %s: %d hours (%s)', (id, topic, hours, _why) => {
    expect(hoursShownBy(id, topic)).toBe(hours);
  });
});

describe('a rung’s PM education requirement', () => {
  const judge = (rungId: string, o: InputOptions) =>
    evaluateRequirement(pmEducation(rungId), readinessInput(o));

  type Row = [string, InputOptions, 'met' | 'unmet' | 'unknown', number, string | undefined];
  it.each<Row>([
    // [rung, records, status, have, credential shown by]
    ['pmo-analyst', { hours: null, held: [earned('pmp', '2024-03-01')] }, 'met', 35, 'pmp'],
    ['project-manager', { hours: 0, held: [earned('pmp', '2024-03-01')] }, 'met', 35, 'pmp'],
    ['project-support', { hours: null, held: [earned('capm', '2025-01-15')] }, 'met', 35, 'capm'],
    // Training once done stays done: an expired PMP still shows its 35 hours.
    ['pmo-analyst', { hours: 0, held: [earned('pmp', '2019-03-01')] }, 'met', 35, 'pmp'],
    // Entered hours above the credential's are what is shown.
    ['pmo-analyst', { hours: 40, held: [earned('pmp', '2024-03-01')] }, 'met', 40, undefined],
    // Not earned yet: shows nothing.
    ['pmo-analyst', { hours: 20, held: [preparing('pmp')] }, 'unmet', 20, undefined],
    ['pmo-analyst', { hours: null, held: [preparing('pmp')] }, 'unknown', 0, undefined],
    // An exam with no hours in its row shows none.
    ['pmo-analyst', { hours: 10, held: [earned('pgmp', '2024-03-01')] }, 'unmet', 10, undefined],
  ])('%s, row %#: %s, have %d', (rungId, o, status, have, shownBy) => {
    const r = judge(rungId, o);
    expect(r.status).toBe(status);
    expect(r.have).toBe(have);
    expect(r.evidence).toEqual(
      shownBy ? { kind: 'pm-education-hours', shownBy } : { kind: 'pm-education-hours' },
    );
  });

  it('asks a PMP holder for no training and no contact hours on the Project Manager rung', () => {
    const input = readinessInput({ hours: null, held: [earned('pmp', '2024-03-01')] });
    const actions = nextBestActions(plan, 'project-manager', input);
    const general = actions.filter(
      (a) =>
        (a.code === 'COMPLETE_TRAINING' && a.topic === 'general') ||
        (a.code === 'ENTER_INFORMATION' && a.requirementIds.includes('pm-education')),
    );
    expect(general).toEqual([]);
  });
});
