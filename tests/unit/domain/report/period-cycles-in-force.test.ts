// "Current credential cycle" offers only the cycles in force on the report day, from their
// first day to their last, both included: the same test resolvePeriod uses, so an offered
// cycle always resolves. Cycle lengths from domain-facts §1 (PMI: 3 years from the day the
// credential is earned) and §4 (Scrum Alliance: the CSM's 2-year cycle, expired the day after
// its end, never suspended). Report day 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { resolvePeriod } from '../../../../shared/domain/report';
import { choiceInForce, cycleWindows } from '../../../../shared/domain/report/period';
import { earned } from '../eligibility/fixtures';

const ASOF = '2026-11-22';

// CSM earned 1 Feb 2016: one cycle to 31 Jan 2018, never renewed (expired since).
const lapsedCsm = earned('csm', '2016-02-01');
// PMP earned 15 Jan 2025: cycle 15 Jan 2025 to 14 Jan 2028.
const pmp = earned('pmp', '2025-01-15');
// PMP earned 23 Nov 2023: its first cycle's last day is the report day.
const pmpEndingToday = earned('pmp', '2023-11-23');
// CSM earned 22 Nov 2024 (cycle to 21 Nov 2026), renewed 20 Nov 2026: cycle 2 starts today.
const csmRenewed: HeldWithRule = {
  ...earned('csm', '2024-11-22'),
  credential: {
    ...earned('csm', '2024-11-22').credential,
    renewals: [{ date: '2026-11-20', method: 'credits' }],
  },
};

describe('cycleWindows: the cycles offered for "current credential cycle"', () => {
  it.each([
    [
      'an expired CSM listed before an active PMP: only the PMP',
      [lapsedCsm, pmp],
      [
        {
          heldId: pmp.credential.id,
          acronym: 'PMP',
          index: 0,
          start: '2025-01-15',
          end: '2028-01-14',
        },
      ],
    ],
    ['only a lapsed credential: nothing', [lapsedCsm], []],
    [
      'a cycle ending exactly today: offered',
      [pmpEndingToday],
      [{ heldId: pmpEndingToday.credential.id, index: 0, start: '2023-11-23', end: ASOF }],
    ],
    [
      'a cycle starting exactly today: offered',
      [csmRenewed],
      [{ heldId: csmRenewed.credential.id, index: 1, start: ASOF, end: '2028-11-21' }],
    ],
  ])('%s', (_, held, expected) => {
    const windows = cycleWindows(held, ASOF);
    expect(windows).toMatchObject(expected);
    expect(windows).toHaveLength(expected.length);
    // Whatever is offered resolves, to exactly its own days; with nothing offered, nothing does.
    for (const w of windows)
      expect(resolvePeriod({ kind: 'cycle', heldId: w.heldId }, ASOF, windows)).toMatchObject({
        ok: true,
        period: { from: w.start, to: w.end, heldId: w.heldId },
      });
    if (windows.length === 0)
      expect(resolvePeriod({ kind: 'cycle', heldId: null }, ASOF, windows)).toEqual({
        ok: false,
        problem: 'NO_CURRENT_CYCLE',
      });
  });
});

describe('choiceInForce: a credential chosen earlier with no cycle in force now', () => {
  const windows = cycleWindows([lapsedCsm, pmp], ASOF);

  it.each([
    ['deleted since: the first cycle in force', 'held-gone', pmp.credential.id],
    ['its cycle ended: the first cycle in force', lapsedCsm.credential.id, pmp.credential.id],
    ['still in force: kept', pmp.credential.id, pmp.credential.id],
  ])('%s', (_, heldId, kept) => {
    expect(choiceInForce({ kind: 'cycle', heldId }, windows)).toEqual({
      kind: 'cycle',
      heldId: kept,
    });
  });

  it('with no cycle in force, no credential: "no cycle running", as with none held', () => {
    expect(choiceInForce({ kind: 'cycle', heldId: 'held-gone' }, [])).toEqual({
      kind: 'cycle',
      heldId: null,
    });
  });

  it('leaves the other periods alone', () => {
    const own = { kind: 'custom', from: '2026-01-01', to: '2026-02-01' } as const;
    expect(choiceInForce(own, windows)).toBe(own);
  });
});
