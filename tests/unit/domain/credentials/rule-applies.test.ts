// CAPM's catalogue row holds "since 1 Oct 2020" (domain-facts §1): a CAPM earned before is
// flagged for its holder to check; nothing changes for other credentials.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { earnedBeforeRule, type HeldCredential } from '../../../../shared/domain/credentials';

const held = (stage: HeldCredential['stage'], earnedDate: string | null) => ({ stage, earnedDate });

describe('earnedBeforeRule (domain-facts §1, CAPM since 1 Oct 2020)', () => {
  it.each<[string, HeldCredential['stage'], string | null, string | null]>([
    ['capm', 'earned', '2020-09-30', '2020-10-01'],
    ['capm', 'earned', '2015-03-12', '2020-10-01'],
    ['capm', 'earned', '2020-10-01', null],
    ['capm', 'earned', '2024-01-01', null],
    ['capm', 'preparing', '2015-03-12', null],
    ['capm', 'earned', null, null],
    ['capm', 'earned', 'not a date', null],
    ['pmp', 'earned', '2015-03-12', null],
  ])('%s %s on %s → %s', (id, stage, earned, expected) => {
    expect(earnedBeforeRule(held(stage, earned), findCredentialRule(id)!)).toBe(expected);
  });

  it('names its source (§1, B)', () => {
    const from = findCredentialRule('capm')!.ruleAppliesFrom!;
    expect([from.value, from.confidence, from.facts]).toEqual(['2020-10-01', 'B', '§1']);
  });
});
