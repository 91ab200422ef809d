// The Dashboard credentials card leads with a suspended credential (domain-facts §1: it cannot
// be used, and expires a year after its cycle's end) ahead of any nearer deadline; otherwise
// with the next deadline. PMP earned 5 Dec 2023: suspended 5 Dec 2026 … 4 Dec 2027.
import { describe, expect, it } from 'vitest';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import { evaluateCurrentCycle } from '../../../../shared/domain/credits';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { credentialHeadline } from '../../../../shared/domain/dashboard/credential-headline';
import { earned } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

const PMP = earned('pmp', '2023-12-05');
const CAPM = earned('capm', '2024-06-01'); // cycle to 31 May 2027: the nearer deadline
const PMP_OLD = earned('pmp', '2023-06-01'); // suspended 1 Jun 2026 … 31 May 2027
const CAPM_NEW = earned('capm', '2025-01-10'); // cycle to 9 Jan 2028

const meets = [
  activity('pmp-course', '2024-03-01', {
    waysOfWorking: 30,
    powerSkills: 20,
    businessAcumen: 14.75,
  }),
];
const short = [
  activity('pmp-course', '2024-03-01', { waysOfWorking: 14, powerSkills: 14, businessAcumen: 14 }),
];

function evaluations(held: HeldWithRule[], log: typeof meets, asOf: string) {
  return new Map<string, CycleEvaluation | null>(
    held.map((h) => [
      h.credential.id,
      evaluateCurrentCycle(h.rule, h.credential, log, asOf, { alsoHeld: held }),
    ]),
  );
}

const headline = (held: HeldWithRule[], log: typeof meets, asOf: string) =>
  credentialHeadline(held, evaluations(held, log, asOf), asOf);

describe('credentialHeadline', () => {
  it.each<[string, HeldWithRule[], typeof meets, string, object]>([
    [
      'a suspended PMP whose log meets the rule, ahead of CAPM’s nearer deadline',
      [CAPM, PMP],
      meets,
      '2026-12-05',
      {
        kind: 'suspended',
        heldId: PMP.credential.id,
        since: '2026-12-05',
        renewBy: '2027-12-04',
        logMeetsRule: true,
        remaining: null,
      },
    ],
    [
      'a suspended PMP 18 PDUs short',
      [CAPM, PMP],
      short,
      '2026-12-05',
      {
        kind: 'suspended',
        heldId: PMP.credential.id,
        since: '2026-12-05',
        renewBy: '2027-12-04',
        logMeetsRule: false,
        remaining: 18,
      },
    ],
    [
      'two suspended: the one to renew first',
      [PMP, PMP_OLD],
      meets,
      '2026-12-05',
      { kind: 'suspended', heldId: PMP_OLD.credential.id, renewBy: '2027-05-31' },
    ],
    [
      'none suspended: the next deadline, as before',
      [CAPM, PMP],
      meets,
      '2026-12-04',
      { kind: 'deadline', heldId: PMP.credential.id, date: '2026-12-04', daysLeft: 0 },
    ],
    [
      'expired is not suspended: the next deadline of the others',
      [CAPM_NEW, PMP],
      meets,
      '2027-12-05',
      { kind: 'deadline', heldId: CAPM_NEW.credential.id, date: '2028-01-09', daysLeft: 35 },
    ],
  ])('%s', (_, held, log, asOf, expected) => {
    expect(headline(held, log, asOf)).toMatchObject(expected);
  });

  it('a credential expired years ago leads nothing: nothing can be earned for its cycle', () => {
    // CSM earned 1 Feb 2016: cycle to 31 Jan 2018, expired from 1 Feb 2018.
    const csm = earned('csm', '2016-02-01');
    expect(headline([csm], [], '2026-11-22')).toBeNull();
    expect(headline([csm, CAPM_NEW], [], '2026-11-22')).toMatchObject({
      kind: 'deadline',
      heldId: CAPM_NEW.credential.id,
      date: '2028-01-09',
    });
  });

  it('nothing held: no headline', () => {
    expect(credentialHeadline([], new Map(), '2026-12-05')).toBeNull();
  });

  it('a suspended credential whose cycle was not judged still leads, with nothing said of its log', () => {
    expect(credentialHeadline([PMP], new Map(), '2026-12-05')).toEqual({
      kind: 'suspended',
      heldId: PMP.credential.id,
      since: '2026-12-05',
      renewBy: '2027-12-04',
      logMeetsRule: null,
      remaining: null,
    });
  });
});
