// "Open in the credit log" from a credential's cycle opened the log filtered by the credential
// only: the bar said "PMP, cycle 2: 5 PDUs counted of 60" while "Total earned in view" summed
// every cycle (15), under a caption saying "as they count for PMP before the cycle's caps".
// The link now carries the cycle's counting window (not its start and end: a renewal late in
// the suspension year moves where the next cycle's counting begins), the log reads it, and the
// caption knows when its rows run across cycles.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  cycleLogQuery,
  filterFromQuery,
  noLogFilter,
  viewSpansCycles,
} from '../../../../shared/domain/claims';
import { cyclesFor } from '../../../../shared/domain/credentials';

// PMP passed 1 Mar 2020, renewed late, in the suspension year, on 1 Oct 2023 (domain-facts §1).
const pmp = {
  id: 'held-pmp',
  credentialId: 'pmp',
  stage: 'earned' as const,
  earnedDate: '2020-03-01',
  renewals: [{ date: '2023-10-01' }],
};
const cycles = cyclesFor(pmp, findCredentialRule('pmp')!, '2024-06-01');

/** The query as the log reads it (LogView: URLSearchParams). */
const reading = (query: string | undefined) => {
  const q = new URLSearchParams(query ?? '');
  return (name: string) => q.get(name);
};

describe('the credit log limited to a cycle', () => {
  it('the second cycle counts from the day after the late renewal, not from its start', () => {
    expect(cycles.map((c) => [c.start, c.countFrom, c.countTo])).toEqual([
      ['2020-03-01', '2020-03-01', '2023-10-01'],
      ['2023-03-01', '2023-10-02', '2027-02-28'],
    ]);
  });

  it('the link carries the counting window, and the log reads it back', () => {
    const query = cycleLogQuery('held-pmp', cycles[1]!);
    expect(query).toBe('credential=held-pmp&from=2023-10-02&to=2027-02-28');
    expect(filterFromQuery(reading(query))).toEqual({
      ...noLogFilter,
      heldId: 'held-pmp',
      from: '2023-10-02',
      to: '2027-02-28',
    });
  });

  it.each([
    ['credential=held-pmp', { heldId: 'held-pmp', from: null, to: null }],
    ['credential=held-pmp&from=2023-02-30&to=soon', { heldId: 'held-pmp', from: null, to: null }],
    ['credential=a%20b&from=2024-01-01', { heldId: 'a b', from: '2024-01-01', to: null }],
  ])('reads %s', (query, expected) => {
    expect(filterFromQuery(reading(query))).toEqual({ ...noLogFilter, ...expected });
  });

  it.each([undefined, '', 'from=2024-01-01&to=2024-12-31', 'credential='])(
    'asks for no credential: %s',
    (query) => expect(filterFromQuery(reading(query))).toBeNull(),
  );
});

describe('viewSpansCycles', () => {
  it.each([
    ['nothing in view', [], false],
    ['all in the second cycle’s window', ['2023-10-02', '2026-05-01', '2027-02-28'], false],
    [
      'the suspension year before the renewal: the first cycle’s',
      ['2023-04-01', '2023-10-01'],
      false,
    ],
    ['both cycles', ['2022-01-01', '2024-01-01'], true],
    ['the renewal day and the day after', ['2023-10-01', '2023-10-02'], true],
    ['before the first cycle', ['2019-12-31'], true],
  ])('%s', (_name, dates, spans) => {
    expect(viewSpansCycles(dates, cycles)).toBe(spans);
  });
});
