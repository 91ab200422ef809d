/**
 * "Do not count it for …" (issue 3 part 3) is a set of credentials: a box ticked off and on
 * again, or two ticked in the other order, is the same draft (canonicalDraft), so the form
 * does not ask "Discard your changes?" when nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { canonicalDraft, emptyDraft } from '../../../../shared/domain/claims';

const draft = (excludedFrom: string[]) => ({ ...emptyDraft('2026-11-22'), excludedFrom });

describe('canonicalDraft', () => {
  it.each([
    [
      ['pmp', 'pmi-acp'],
      ['pmi-acp', 'pmp'],
    ],
    [
      ['pmi-acp', 'pmp'],
      ['pmi-acp', 'pmp'],
    ],
    [['pmp', 'pmp'], ['pmp']],
    [[], []],
  ])('%j: %j', (given, canonical) => {
    expect(canonicalDraft(draft(given)).excludedFrom).toEqual(canonical);
  });

  it('two orders of the same boxes give equal drafts; other fields are kept', () => {
    const a = { ...draft(['pmp', 'pmi-acp', 'capm']), title: 'Risk workshop' };
    const b = { ...draft(['capm', 'pmi-acp', 'pmp']), title: 'Risk workshop' };
    expect(canonicalDraft(a)).toEqual(canonicalDraft(b));
    expect(canonicalDraft(a).title).toBe('Risk workshop');
  });

  it('leaves the draft given as it was', () => {
    const a = draft(['pmp', 'pmi-acp']);
    canonicalDraft(a);
    expect(a.excludedFrom).toEqual(['pmp', 'pmi-acp']);
  });
});
