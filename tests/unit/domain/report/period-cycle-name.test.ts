// The report's period carries the cycle's credential and number when the chooser knows them,
// so the printed heading can name it ("PMP cycle 2") for a reader who did not choose it.
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../../shared/domain/report';

const asOf = '2026-11-22';
const pmp = { heldId: 'h-pmp', start: '2025-09-22', end: '2028-09-21', acronym: 'PMP', index: 1 };
const rmp = {
  heldId: 'h-rmp',
  start: '2024-03-01',
  end: '2027-02-28',
  acronym: 'PMI-RMP',
  index: 0,
};

describe('resolvePeriod names the cycle chosen', () => {
  it.each([
    ['the chosen credential', 'h-pmp', { acronym: 'PMP', index: 1 }, '2025-09-22'],
    [
      'the one ending first, without a choice',
      null,
      { acronym: 'PMI-RMP', index: 0 },
      '2024-03-01',
    ],
  ])('%s', (_, heldId, cycle, from) => {
    expect(resolvePeriod({ kind: 'cycle', heldId }, asOf, [pmp, rmp])).toMatchObject({
      ok: true,
      period: { kind: 'cycle', from, cycle },
    });
  });
});
