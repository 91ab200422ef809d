// Credential requirements that name the user's own credentials (PRODUCT.md: "a built-in
// catalogue plus custom credentials"; issue 5 part 7, readiness): held and earned status are
// judged as for the catalogue's, and one that was deleted is recognised, never counted, and
// turned into an action to choose another. asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { customCredentialRule } from '../../../../shared/catalog/credentials';
import type { RequirementSpec } from '../../../../shared/catalog/ladder-requirements';
import type { CredentialStanding } from '../../../../shared/catalog/exams/types';
import type { HeldCredential, HeldWithRule } from '../../../../shared/domain/credentials';
import {
  actionsForRequirement,
  evaluateRequirement,
  nextBestActions,
  type ReadinessInput,
} from '../../../../shared/domain/readiness';
import { earned, readinessInput } from '../eligibility/fixtures';
import { planOf, req, rungOf } from './fixtures';

const CHPP = 'custom-chpp';
const GONE = 'custom-deleted';

function chppRule() {
  const built = customCredentialRule({
    id: CHPP,
    acronym: 'ChPP',
    name: 'Chartered Project Professional',
    body: 'APM',
    unit: 'CPD',
    cycleMonths: 12,
    total: 35,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

function chpp(held: Partial<HeldCredential>): HeldWithRule {
  return {
    credential: { id: 'held-chpp', credentialId: CHPP, stage: 'earned', ...held },
    rule: chppRule(),
  };
}

const credential = (anyOf: string[], standing: CredentialStanding = 'good', count = 1) =>
  req('cred', { kind: 'credential', anyOf, count, standing } satisfies RequirementSpec);

const withOwn = (held: HeldWithRule[], own: string[] | undefined): ReadinessInput => ({
  ...readinessInput({ held }),
  ...(own ? { ownCredentialIds: own } : {}),
});

describe('a credential of the user’s own in a credential requirement', () => {
  // The custom cycle is 12 months from the certification date (catalog/credentials/custom.ts):
  // earned 1 Jun 2025 → in its first cycle on 10 May 2026; earned 1 Jan 2020 with no renewal →
  // expired since 1 Jan 2021 (no suspension), named as out of good standing where that is asked.
  const expired = {
    credentialId: CHPP,
    heldId: 'held-chpp',
    status: 'expired',
    since: '2021-01-01',
    // A credential of the user's own: how it is held again is theirs to find out.
    regain: 'ask-body',
  };
  it.each<[string, Partial<HeldCredential>, CredentialStanding, boolean, object[], object[]]>([
    [
      'held, in its cycle: good standing',
      { earnedDate: '2025-06-01' },
      'good',
      true,
      [{ credentialId: CHPP, heldId: 'held-chpp', status: 'active' }],
      [],
    ],
    [
      'held, lapsed: not in good standing',
      { earnedDate: '2020-01-01' },
      'good',
      false,
      [],
      [expired],
    ],
    [
      'held, lapsed: still earned once',
      { earnedDate: '2020-01-01' },
      'earned',
      true,
      [expired],
      [],
    ],
    ['only preparing: not held', { stage: 'preparing', earnedDate: null }, 'earned', false, [], []],
  ])('%s', (_, held, standing, met, heldEvidence, outOfStanding) => {
    const r = evaluateRequirement(credential([CHPP], standing), withOwn([chpp(held)], [CHPP]));
    expect(r.met).toBe(met);
    expect(r.status).toBe(met ? 'met' : 'unmet');
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: heldEvidence,
      ...(outOfStanding.length > 0 ? { outOfStanding } : {}),
    });
  });

  it('counts beside catalogue credentials: 2 of PMP or ChPP with both held', () => {
    const r = evaluateRequirement(
      credential(['pmp', CHPP], 'good', 2),
      withOwn([earned('pmp', '2025-02-01'), chpp({ earnedDate: '2025-06-01' })], [CHPP]),
    );
    expect(r).toMatchObject({ have: 2, need: 2, met: true, progress: 1 });
  });

  it('not held: the action is to earn it, with no eligibility rule known', () => {
    const input = withOwn([], [CHPP]);
    const r = evaluateRequirement(credential([CHPP]), input);
    expect(actionsForRequirement(r, input)).toEqual([
      { code: 'EARN_CREDENTIAL', credential: CHPP, eligibility: null },
    ]);
  });
});

describe('a requirement naming a credential of the user’s own that was deleted', () => {
  it('is unmet, names the deleted one, and asks for another in its place', () => {
    const input = withOwn([], [CHPP]);
    const r = evaluateRequirement(credential([GONE]), input);
    expect(r).toMatchObject({ met: false, status: 'unmet', have: 0, need: 1, gap: 1 });
    expect(r.evidence).toEqual({ kind: 'credential', held: [], gone: [GONE] });
    expect(actionsForRequirement(r, input)).toEqual([
      { code: 'REPLACE_DELETED_CREDENTIAL', requirementId: 'cred' },
    ]);
  });

  it('never counts, even were a held record of it still read', () => {
    const orphan: HeldWithRule = {
      credential: {
        id: 'held-gone',
        credentialId: GONE,
        stage: 'earned',
        earnedDate: '2025-06-01',
      },
      rule: { ...chppRule(), id: GONE },
    };
    const r = evaluateRequirement(credential([GONE]), withOwn([orphan], []));
    expect(r.met).toBe(false);
    expect(r.evidence).toEqual({ kind: 'credential', held: [], gone: [GONE] });
  });

  it.each<[string, string[], number, string[]]>([
    ['one of two, the other still there: earn that one', [GONE, CHPP], 1, ['EARN_CREDENTIAL']],
    [
      'two needed, one left: earn it and replace the deleted one',
      [GONE, CHPP],
      2,
      ['EARN_CREDENTIAL', 'REPLACE_DELETED_CREDENTIAL'],
    ],
  ])('%s', (_, anyOf, count, codes) => {
    const input = withOwn([], [CHPP]);
    const r = evaluateRequirement(credential(anyOf, 'good', count), input);
    expect(r.evidence).toMatchObject({ gone: [GONE] });
    const actions = actionsForRequirement(r, input);
    expect(actions.map((a) => a.code)).toEqual(codes);
    expect(actions).not.toContainEqual(expect.objectContaining({ credential: GONE }));
  });

  it('met by another listed credential: nothing to do, the deleted one still named', () => {
    const input = withOwn([earned('pmp', '2025-02-01')], [CHPP]);
    const r = evaluateRequirement(credential(['pmp', GONE]), input);
    expect(r.met).toBe(true);
    expect(r.evidence).toMatchObject({ gone: [GONE] });
    expect(actionsForRequirement(r, input)).toEqual([]);
  });

  it('is a next best action of the target rung, with the score it would give', () => {
    const plan = planOf(rungOf([credential([GONE])]));
    expect(nextBestActions(plan, 'target', withOwn([], [CHPP]))).toEqual([
      {
        code: 'REPLACE_DELETED_CREDENTIAL',
        requirementId: 'cred',
        requirementIds: ['cred'],
        priority: 'essential',
        gain: 100,
        deadline: null,
      },
    ]);
  });

  it('without the user’s own credentials known, nothing is said to be deleted', () => {
    const r = evaluateRequirement(credential([CHPP]), withOwn([], undefined));
    expect(r.evidence).toEqual({ kind: 'credential', held: [] });
  });

  it('a catalogue credential or a declared outside qualification is never deleted', () => {
    const input = { ...withOwn([], []), otherQualifications: ['ipma-d'] };
    const r = evaluateRequirement(credential(['pmp', 'ipma-d']), input);
    expect(r.evidence).toEqual({
      kind: 'credential',
      held: [{ credentialId: 'ipma-d', status: 'declared' }],
    });
    expect(r.met).toBe(true);
  });
});
