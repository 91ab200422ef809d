// PM education a credential shows, by its standing (domain-facts §2: the PMP row accepts "35 h
// PM education or a CAPM", the CAPM in good standing; the CAPM row asks for 23 h). A CAPM that
// had expired still met a rung's "35 hours of PM education" ("Met: your CAPM counts as 35
// hours"), while exam eligibility, judging the same row, no longer took it in place of the
// hours. Out of good standing a CAPM shows the 23 hours of its own exam; a PMP's own 35 hours
// stay whatever its standing.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { evaluateRequirement, hoursShownByHeld } from '../../../../shared/domain/readiness';
import { earned, readinessInput, type InputOptions } from '../eligibility/fixtures';

const ASOF = '2026-12-05';
const plan = defaultLadderPlan();
const pmEducation = plan.rungs
  .find((r) => r.id === 'pmo-analyst')!
  .requirements.find((q) => q.id === 'pm-education')!;

describe('hours shown by a credential taken in place of hours, by its standing', () => {
  type Row = [string, InputOptions['held'], { credentialId: string; hours: number } | null];
  it.each<Row>([
    // A CAPM in good standing: what the PMP row takes it in place of.
    [
      'a CAPM in good standing',
      [earned('capm', '2025-01-15')],
      { credentialId: 'capm', hours: 35 },
    ],
    // Earned 2015: long expired (no renewal recorded); its own exam's 23 hours stay done.
    ['an expired CAPM', [earned('capm', '2015-01-15')], { credentialId: 'capm', hours: 23 }],
    // A PMP's 35 hours are its own exam's: any standing.
    ['an expired PMP', [earned('pmp', '2015-01-15')], { credentialId: 'pmp', hours: 35 }],
  ])('%s', (_what, held, shown) => {
    const input = readinessInput({ asOf: ASOF, hours: null, held });
    expect(hoursShownByHeld(input, 'general')).toEqual(shown);
  });

  it('an expired CAPM does not meet a rung’s 35 hours: it shows 23, and the hours are asked for', () => {
    const input = readinessInput({ asOf: ASOF, hours: null, held: [earned('capm', '2015-01-15')] });
    const r = evaluateRequirement(pmEducation, input);
    expect(r.met).toBe(false);
    expect(r.have).toBe(23);
    expect(r.missing).toBe('CONTACT_HOURS');
  });

  it('a declared CAPM is taken in place of the hours, as exam eligibility takes it', () => {
    const input = readinessInput({ asOf: ASOF, hours: null, held: [] });
    expect(hoursShownByHeld({ ...input, otherQualifications: ['capm'] }, 'general')).toEqual({
      credentialId: 'capm',
      hours: 35,
    });
  });
});
