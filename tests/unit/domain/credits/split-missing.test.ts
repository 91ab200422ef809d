/**
 * A course left without its Talent Triangle split counts for no PMI credential (domain-facts
 * §1: PMI counts education by area): when that is worth asking about before saving, and who
 * holds a PMI credential at all.
 */
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  countsForNoPmiForWantOfSplit,
  holdsPmiCredential,
  splitApplies,
  unusualActivity,
  validateActivity,
  wantingSplit,
  type Activity,
} from '../../../../shared/domain/credits';
import { activity, course, givingBack, holding, rule } from './fixtures';

const asOf = '2026-11-22';
const pmp = holding('pmp', '2025-02-03');
const cbap = holding('cbap', '2025-01-01');
const planned = (credentialId: string, stage: 'target' | 'preparing' | 'exam-booked') => ({
  credential: { id: `planned-${credentialId}`, credentialId, stage },
  rule: rule(credentialId),
});
const noSplit = (over: Partial<Activity> = {}) =>
  activity({ date: '2026-10-01', amount: 8, ...over });

describe('countsForNoPmiForWantOfSplit', () => {
  it.each<[string, Activity, HeldWithRule[], boolean]>([
    ['PMP, an 8 h course without a split', noSplit(), [pmp], true],
    ['PMP and CBAP: counts for CBAP, still for no PMI credential', noSplit(), [pmp, cbap], true],
    [
      'PMP and PMI-ACP, a webinar without a split',
      noSplit({ type: 'online-or-digital-media' }),
      [pmp, holding('pmi-acp', '2025-06-01')],
      true,
    ],
    ['planned, not yet done: still asked', noSplit({ status: 'planned' }), [pmp], true],
    [
      'PMP, the course split across the areas',
      course('2026-10-01', { powerSkills: 8 }),
      [pmp],
      false,
    ],
    ['PMP, Giving Back needs no split', givingBack('2026-10-01', 'volunteer', 8), [pmp], false],
    ['PMP, dated before the certification', noSplit({ date: '2024-12-01' }), [pmp], false],
    [
      'PMP, the user chose not to count it for PMP',
      noSplit({ excludedFrom: ['pmp'] }),
      [pmp],
      false,
    ],
    [
      'PMP only planned (exam booked): not counted anyway',
      noSplit(),
      [planned('pmp', 'exam-booked')],
      false,
    ],
    [
      'no PMI credential: CBAP, CSM, CISA, PRINCE2',
      noSplit(),
      [
        cbap,
        holding('csm', '2025-01-01'),
        holding('cisa', '2025-01-01'),
        holding('prince2-practitioner', '2025-01-01'),
      ],
      false,
    ],
    ['nothing held', noSplit(), [], false],
  ])('%s → %s', (_name, a, held, flagged) => {
    expect(validateActivity(a, asOf)).toEqual([]);
    expect(countsForNoPmiForWantOfSplit(a, held, asOf)).toBe(flagged);
  });
});

describe('unusualActivity asks about the missing split', () => {
  it('names the split as the field to look at, with the credentials held', () => {
    expect(unusualActivity(noSplit(), asOf, [pmp])).toEqual([
      { code: 'NO_PMI_SPLIT', field: 'split' },
    ]);
  });

  it('does not ask without the credentials held (the import, which warns its own way)', () => {
    expect(unusualActivity(noSplit(), asOf)).toEqual([]);
  });

  it('asks after the other unusual values', () => {
    expect(unusualActivity(noSplit({ amount: 600 }), asOf, [pmp]).map((u) => u.code)).toEqual([
      'MORE_THAN_A_CYCLE',
      'NO_PMI_SPLIT',
    ]);
  });
});

describe('wantingSplit, over a whole log', () => {
  it('gives the ids of the activities flagged, and no others', () => {
    const flagged = noSplit();
    const log = [
      flagged,
      course('2026-10-01', { businessAcumen: 2 }),
      givingBack('2026-10-01', 'volunteer', 3),
      noSplit({ date: '2024-06-01' }),
    ];
    expect([...wantingSplit(log, [pmp, cbap], asOf)]).toEqual([flagged.id]);
    expect([...wantingSplit(log, [cbap], asOf)]).toEqual([]);
  });
});

describe('splitApplies: a PMI credential held or planned, or nothing held yet', () => {
  it.each<[string, HeldWithRule[], boolean]>([
    ['PMP earned', [pmp], true],
    ['CAPM a target, with CBAP earned', [cbap, planned('capm', 'target')], true],
    [
      'only CBAP, CSM, CISA, PRINCE2 Practitioner',
      [
        cbap,
        holding('csm', '2025-01-01'),
        holding('cisa', '2025-01-01'),
        holding('prince2-practitioner', '2025-01-01'),
      ],
      false,
    ],
    ['nothing held yet', [], true],
  ])('%s → %s', (_name, held, applies) => {
    expect(splitApplies(held)).toBe(applies);
  });
});

describe('holdsPmiCredential (PMI credentials: their rule’s body is PMI)', () => {
  it.each<[string, HeldWithRule[], boolean]>([
    ['PMP earned', [pmp], true],
    ['CAPM a target', [planned('capm', 'target')], true],
    ['PMI-ACP in preparation', [planned('pmi-acp', 'preparing')], true],
    ['PMP exam booked, with CBAP earned', [cbap, planned('pmp', 'exam-booked')], true],
    [
      'CBAP, CSM, CISA, PRINCE2 Practitioner',
      [
        cbap,
        holding('csm', '2025-01-01'),
        holding('cisa', '2025-01-01'),
        holding('prince2-practitioner', '2025-01-01'),
      ],
      false,
    ],
    ['nothing', [], false],
  ])('%s → %s', (_name, held, pmi) => {
    expect(holdsPmiCredential(held)).toBe(pmi);
  });
});
