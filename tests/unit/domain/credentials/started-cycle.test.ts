// The cycle a recorded renewal starts (issue 3 part 2), as the renewal form announces it once
// saved: "Renewal recorded: cycle 2 runs … to …". Dates worked out by hand from domain-facts
// §1 (PMI: the next cycle starts on the third anniversary whenever renewal happened) and §3
// (PeopleCert: CPD extends the renew-by date by 3 years; an exam starts a cycle on its day).
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldCredential, Renewal } from '../../../../shared/domain/credentials';
import { cycleStartedBy } from '../../../../shared/domain/credentials/started-cycle';

const held = (credentialId: string, earnedDate: string, renewals: Renewal[]): HeldCredential => ({
  id: `h-${credentialId}`,
  credentialId,
  stage: 'earned',
  earnedDate,
  renewals,
});

describe('cycleStartedBy', () => {
  it.each<[string, string, string, Renewal[], string, string, [number, string, string] | null]>([
    // PMP earned 5 Dec 2023, cycle to 4 Dec 2026; renewed on the first day of the suspension.
    [
      'PMP, in the suspension',
      'pmp',
      '2023-12-05',
      [{ date: '2026-12-05' }],
      '2026-12-05',
      '2026-12-05',
      [1, '2026-12-05', '2029-12-04'],
    ],
    // Renewed early, in the cycle's last months: the next cycle still starts on the anniversary.
    [
      'PMP, early',
      'pmp',
      '2023-12-05',
      [{ date: '2026-09-01' }],
      '2026-09-01',
      '2026-09-01',
      [1, '2026-12-05', '2029-12-04'],
    ],
    // The second renewal starts cycle 3.
    [
      'PMP, second renewal',
      'pmp',
      '2020-02-03',
      [{ date: '2023-01-10' }, { date: '2026-01-20' }],
      '2026-01-20',
      '2026-02-01',
      [2, '2026-02-03', '2029-02-02'],
    ],
    // PeopleCert CPD route: renew-by moves on 3 years.
    [
      'PRINCE2, CPD',
      'prince2-foundation',
      '2023-03-15',
      [{ date: '2026-03-01', method: 'credits' }],
      '2026-03-01',
      '2026-04-01',
      [1, '2026-03-16', '2029-03-15'],
    ],
    // PeopleCert exam after the renew-by date: a new cycle from the exam day.
    [
      'PRINCE2, exam',
      'prince2-foundation',
      '2023-03-15',
      [{ date: '2026-05-01', method: 'exam' }],
      '2026-05-01',
      '2026-06-01',
      [1, '2026-05-01', '2029-05-01'],
    ],
    // A date no recorded renewal has: nothing started.
    [
      'no such renewal',
      'pmp',
      '2023-12-05',
      [{ date: '2026-12-05' }],
      '2026-12-06',
      '2026-12-06',
      null,
    ],
  ])('%s', (_name, id, earned, renewals, renewedOn, asOf, expected) => {
    const rule = findCredentialRule(id)!;
    const c = cycleStartedBy(held(id, earned, renewals), rule, renewedOn, asOf);
    expect(c && [c.index, c.start, c.end]).toEqual(expected);
  });
});
