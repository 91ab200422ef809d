// The Talent Triangle split is PMI's alone (splitApplies in shared/domain/credits): a row
// without one is warned about ("PMI needs one before it counts") only for someone to whom the
// split applies. For a CBAP or ISACA holder the row is imported as it is, without a warning, so
// it is not offered to be left out and not counted among the rows without a split.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { splitApplies } from '../../../../shared/domain/credits';
import {
  analyzeImport,
  canLeaveOut,
  countOutcomes,
  setUpImport,
  type ImportOptions,
} from '../../../../shared/domain/import';

const holding = (credentialId: string): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage: 'earned',
    earnedDate: '2025-01-15',
  },
  rule: findCredentialRule(credentialId)!,
});

/** Two courses with an amount and no area column; row 4 is Giving Back. */
const TABLE = [
  ['Date', 'Activity', 'Provider', 'Type', 'PDUs'],
  ['2026-03-10', 'Requirements course', 'IIBA', 'Course', '8'],
  ['2026-03-11', 'Audit webinar', 'ISACA', 'Webinar', '1'],
  ['2026-03-12', 'Mentoring a colleague', '', 'Volunteering', '2'],
];

function analyse(held: readonly HeldWithRule[] | null) {
  const setup = setUpImport(TABLE);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf: '2026-11-22',
    ...(held ? { splitApplies: splitApplies(held) } : {}),
  };
  const outcomes = analyzeImport(TABLE, setup, options, []);
  return { outcomes, counts: countOutcomes(outcomes, TABLE.length - 1, new Set()) };
}

const warningCodes = (held: readonly HeldWithRule[] | null) =>
  analyse(held).outcomes.map((o) => [o.rowNumber, o.warnings.map((w) => w.code)]);

describe('a row without a Talent Triangle split', () => {
  it.each([
    ['a CBAP holder', ['cbap']],
    ['an ISACA holder', ['cisa']],
    ['a holder of several, none of them PMI’s', ['cbap', 'cisa', 'csm']],
  ])('is imported without a warning for %s', (_, ids) => {
    const held = ids.map(holding);
    expect(warningCodes(held)).toEqual([
      [2, []],
      [3, []],
      [4, []],
    ]);
    const { outcomes, counts } = analyse(held);
    expect(outcomes.map(canLeaveOut)).toEqual([false, false, false]);
    expect(outcomes.map((o) => o.activity?.split)).toEqual([null, null, null]);
    expect(counts).toMatchObject({ valid: 3, toImport: 3, noSplit: 0 });
  });

  it.each([
    ['a PMP holder', [holding('pmp')]],
    ['a PMP and CBAP holder', [holding('pmp'), holding('cbap')]],
    ['someone with no credential yet (as the credit log: the split applies)', []],
    ['an import that does not say (as before)', null],
  ])('is warned about for %s, as before', (_, held) => {
    expect(warningCodes(held)).toEqual([
      [2, ['NO_SPLIT']],
      [3, ['NO_SPLIT']],
      [4, []],
    ]);
    const { outcomes, counts } = analyse(held);
    expect(outcomes.map(canLeaveOut)).toEqual([true, true, false]);
    expect(counts).toMatchObject({ valid: 3, toImport: 3, noSplit: 2 });
  });
});
