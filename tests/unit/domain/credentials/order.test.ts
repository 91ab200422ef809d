// Held credentials are listed in one order everywhere: earned first, then exam booked,
// preparing, targets; within each by acronym as a person reads it, then by certification date.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  inListingOrder,
  type HeldStage,
  type HeldWithRule,
} from '../../../../shared/domain/credentials';

function held(id: string, credentialId: string, stage: HeldStage, earnedDate?: string) {
  const rule = findCredentialRule(credentialId);
  if (!rule) throw new Error(`no rule ${credentialId}`);
  return { credential: { id, credentialId, stage, earnedDate: earnedDate ?? null }, rule };
}

const names = (list: HeldWithRule[]) =>
  list.map(
    (h) => `${h.rule.acronym}${h.credential.earnedDate ? ` ${h.credential.earnedDate}` : ''}`,
  );

describe('inListingOrder', () => {
  it('puts earned credentials first, each group by acronym, ignoring the stored ids', () => {
    const list = [
      held('f3', 'pmp', 'earned', '2014-06-15'),
      held('0a', 'pmi-acp', 'target'),
      held('9c', 'csm', 'earned', '2016-02-01'),
      held('11', 'pfmp', 'exam-booked'),
      held('b2', 'pgmp', 'earned', '2019-03-10'),
      held('77', 'cbap', 'preparing'),
      held('a1', 'prince2-practitioner', 'earned', '2021-05-21'),
    ];
    expect(names(inListingOrder(list))).toEqual([
      'CSM 2016-02-01',
      'PgMP 2019-03-10',
      'PMP 2014-06-15',
      expect.stringMatching(/^PRINCE2/),
      'PfMP',
      'CBAP',
      'PMI-ACP',
    ]);
  });

  it('lists the same credential twice by its certification date, then its id', () => {
    const list = [
      held('z', 'csm', 'earned', '2020-01-01'),
      held('y', 'csm', 'earned', '2016-01-01'),
      held('b', 'csm', 'earned', '2016-01-01'),
    ];
    expect(inListingOrder(list).map((h) => h.credential.id)).toEqual(['b', 'y', 'z']);
  });

  it('gives the same order whatever order it is given', () => {
    const list = [
      held('1', 'pmp', 'earned', '2014-06-15'),
      held('2', 'capm', 'earned', '2012-01-01'),
      held('3', 'pgmp', 'preparing'),
    ];
    const reversed = [...list].reverse();
    expect(inListingOrder(reversed).map((h) => h.credential.id)).toEqual(
      inListingOrder(list).map((h) => h.credential.id),
    );
    // The list given is left as it was.
    expect(reversed.map((h) => h.credential.id)).toEqual(['3', '2', '1']);
  });
});
