// Two rungs may not share a name (a reviewer added "PMO Analyst" three times: the Dashboard,
// Settings → Current rung and "Remove PMO Analyst?" could no longer tell them apart). Names
// are compared trimmed, with runs of spaces as one, and without regard to case.
import { describe, expect, it } from 'vitest';
import { RUNG_NAME_MAX } from '../../../../shared/catalog/ladder-requirements';
import {
  checkRungName,
  nameClashes,
  newNameClashes,
  rungNameKey,
  type NamedRung,
} from '../../../../shared/domain/ladder/rung-names';

const ladder: NamedRung[] = [
  { id: 'project-support', name: 'Project support' },
  { id: 'pmo-analyst', name: 'PMO Analyst' },
  { id: 'pmo-director', name: 'PMO Director' },
];

describe('rungNameKey', () => {
  it.each([
    ['PMO Analyst', 'pmo analyst'],
    ['  PMO Analyst  ', 'pmo analyst'],
    ['PMO   Analyst', 'pmo analyst'],
    ['PMO\tAnalyst', 'pmo analyst'],
    ['PMO ANALYST', 'pmo analyst'],
    ['   ', ''],
  ])('%j is compared as %j', (name, key) => {
    expect(rungNameKey(name)).toBe(key);
  });
});

describe('checkRungName for a new rung', () => {
  it.each([
    ['Senior PMO Analyst', null],
    ['PMO Analyst 2', null],
    ['PMO Analyst', { code: 'NAME_TAKEN', taken: { id: 'pmo-analyst', name: 'PMO Analyst' } }],
    ['pmo analyst', { code: 'NAME_TAKEN', taken: { id: 'pmo-analyst', name: 'PMO Analyst' } }],
    [' PMO  Analyst ', { code: 'NAME_TAKEN', taken: { id: 'pmo-analyst', name: 'PMO Analyst' } }],
    ['PMO DIRECTOR', { code: 'NAME_TAKEN', taken: { id: 'pmo-director', name: 'PMO Director' } }],
    ['', { code: 'REQUIRED' }],
    ['   ', { code: 'REQUIRED' }],
    ['x'.repeat(RUNG_NAME_MAX), null],
    ['x'.repeat(RUNG_NAME_MAX + 1), { code: 'TOO_LONG', max: RUNG_NAME_MAX }],
  ])('%j → %j', (name, problem) => {
    expect(checkRungName(name, ladder)).toEqual(problem);
  });
});

describe('checkRungName for a rung renamed', () => {
  it.each([
    ['pmo-analyst', 'PMO Analyst', null],
    ['pmo-analyst', 'pmo analyst', null],
    ['pmo-analyst', 'Senior PMO Analyst', null],
    [
      'pmo-analyst',
      'PMO Director',
      { code: 'NAME_TAKEN', taken: { id: 'pmo-director', name: 'PMO Director' } },
    ],
    [
      'pmo-director',
      ' project SUPPORT',
      { code: 'NAME_TAKEN', taken: { id: 'project-support', name: 'Project support' } },
    ],
  ])('%s renamed %j → %j', (self, name, problem) => {
    expect(checkRungName(name, ladder, self)).toEqual(problem);
  });
});

describe('nameClashes and newNameClashes', () => {
  const twice: NamedRung[] = [...ladder, { id: 'mine', name: 'pmo analyst ' }];
  it('finds the names shared, as the first rung has it, with every rung that has it', () => {
    expect(nameClashes(ladder)).toEqual([]);
    expect(nameClashes(twice)).toEqual([{ name: 'PMO Analyst', rungIds: ['pmo-analyst', 'mine'] }]);
  });

  it.each([
    ['a ladder without a clash stays so', ladder, ladder, []],
    ['a rung added with a name taken', ladder, twice, ['PMO Analyst']],
    [
      'a rung renamed to another rung’s name',
      ladder,
      ladder.map((r) => (r.id === 'pmo-director' ? { ...r, name: 'Project Support' } : r)),
      ['Project support'],
    ],
    // Saved before the rule: the ladder can still be changed (a rung moved, one of the two
    // removed and put back with Undo) until the user renames one.
    ['a clash saved before the rule is not new', twice, [...twice].reverse(), []],
    ['one of the two removed', twice, ladder, []],
    ['the removed one put back by Undo', ladder.slice(0, 3), ladder, []],
  ])('%s', (_, before, after, names) => {
    expect(newNameClashes(before, after).map((c) => c.name)).toEqual(names);
  });
});
