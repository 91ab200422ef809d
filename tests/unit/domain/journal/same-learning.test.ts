// Rule "avoid counting the same learning twice": before the credit entries a journal entry
// proposes are confirmed, the confirm panel looks in the credit log for an unlinked credit
// entry (kept unlinked from the entry, or logged by hand) of the same day and title, and warns
// that confirming adds a second one. A linked entry, another day or another title is no match.
import { describe, expect, it } from 'vitest';
import {
  sameLearningTitle,
  unlinkedLookalikes,
  type LoggedCredit,
} from '../../../../shared/domain/journal';

const proposed = { title: 'PMO set-up and operations', date: '2026-09-03' };
const logged = (over: Partial<LoggedCredit> & { id: string }): LoggedCredit & { id: string } => ({
  title: 'PMO set-up and operations',
  date: '2026-09-03',
  ...over,
});

describe('sameLearningTitle', () => {
  it.each([
    ['as it is', 'PMO set-up', 'pmo set-up'],
    ['spaces around', '  PMO set-up  ', 'pmo set-up'],
    ['runs of spaces and tabs inside', 'PMO \t set-up', 'pmo set-up'],
    ['case', 'pmo SET-UP', 'pmo set-up'],
    ['a composed and a decomposed é', 'Caf\u0065\u0301 talk', 'caf\u00e9 talk'],
  ])('%s', (_, title, expected) => {
    expect(sameLearningTitle(title)).toBe(expected);
  });
});

describe('unlinkedLookalikes', () => {
  it.each<[string, LoggedCredit & { id: string }, string | null]>([
    ['an unlinked entry of the same day and title', logged({ id: 'a' }), 'a'],
    [
      'the same title with other case and spaces',
      logged({ id: 'a', title: ' pmo SET-UP and  operations' }),
      'a',
    ],
    ['an empty link counts as unlinked', logged({ id: 'a', sourceId: '' }), 'a'],
    ['linked to an entry: that entry’s own', logged({ id: 'a', sourceId: 'course-1' }), null],
    ['the day before', logged({ id: 'a', date: '2026-09-02' }), null],
    ['the day after', logged({ id: 'a', date: '2026-09-04' }), null],
    ['another title the same day', logged({ id: 'a', title: 'Agile coaching' }), null],
    ['the title shortened differently', logged({ id: 'a', title: 'PMO set-up…' }), null],
  ])('%s', (_, entry, expected) => {
    expect(unlinkedLookalikes([proposed], [entry]).map((a) => a?.id ?? null)).toEqual([expected]);
  });

  it('answers each proposed entry in its order; none proposed, none found', () => {
    const log = [logged({ id: 'a' }), logged({ id: 'b', title: 'PMO Summit: Benefits' })];
    const list = [{ title: 'PMO Summit: Benefits', date: '2026-09-03' }, proposed];
    expect(unlinkedLookalikes(list, log).map((a) => a?.id)).toEqual(['b', 'a']);
    expect(unlinkedLookalikes([], log)).toEqual([]);
    expect(unlinkedLookalikes([proposed], [])).toEqual([null]);
  });

  it('one logged entry answers for one proposed entry only (two sessions of one title)', () => {
    const twice = [proposed, { ...proposed }];
    expect(unlinkedLookalikes(twice, [logged({ id: 'a' })]).map((a) => a?.id ?? null)).toEqual([
      'a',
      null,
    ]);
    const both = [logged({ id: 'a' }), logged({ id: 'b' })];
    expect(unlinkedLookalikes(twice, both).map((a) => a?.id)).toEqual(['a', 'b']);
  });

  it('skips a row with no title or day (an unreadable row the credit log still shows)', () => {
    const odd = { id: 'x', title: undefined, date: undefined } as unknown as LoggedCredit;
    expect(unlinkedLookalikes([proposed], [odd])).toEqual([null]);
  });
});
