// The days a cycle report's credit log lists, when fewer than the period's: its counting window
// (a renewal late in the suspension year, domain-facts §1: what was logged before it counts
// towards the cycle before), so the report says why activities dated in the period are missing.
import { describe, expect, it } from 'vitest';
import { creditLogDays, type ReportPeriod } from '../../../../shared/domain/report';

const cycle: Pick<ReportPeriod, 'from' | 'to' | 'counting'> = {
  from: '2023-03-01',
  to: '2026-02-28',
};

describe('creditLogDays', () => {
  it.each([
    ['no counting window (last 12 months, own dates)', undefined, null],
    ['the whole cycle', { from: '2023-03-01', to: '2026-02-28' }, null],
    [
      'from the day after a late renewal',
      { from: '2023-10-02', to: '2026-02-28' },
      { from: '2023-10-02', to: '2026-02-28' },
    ],
    [
      'to the day before a renewal exam',
      { from: '2023-03-01', to: '2025-06-09' },
      { from: '2023-03-01', to: '2025-06-09' },
    ],
  ] as const)('%s', (_name, counting, expected) => {
    expect(creditLogDays({ ...cycle, ...(counting ? { counting } : {}) })).toEqual(expected);
  });
});
