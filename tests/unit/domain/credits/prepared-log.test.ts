/**
 * Issue 9: the orders a prepared log keeps. Cycles are tallied by date and, on equal dates,
 * by id (tally.ts byDate); a cycle's list explains equal dates in the log's own order.
 */
import { describe, expect, it } from 'vitest';
import { dateIdOrder, preparedLog } from '../../../../shared/domain/credits/prepared-log';
import { activity } from './fixtures';

const today = '2026-11-22';

describe('the orders of a prepared log', () => {
  const log = [
    activity({ id: 'c', date: '2026-03-01' }),
    activity({ id: 'b', date: '2026-01-01' }),
    activity({ id: 'z', date: '2026-03-01' }),
    activity({ id: 'a', date: '2026-03-01' }),
    activity({ id: 'm', date: '2025-12-31' }),
    activity({ id: 'a', date: '2026-01-01' }),
  ];
  const ids = (order: ArrayLike<number>) => Array.from(order, (i) => log[i]!.id);

  it('by date, equal dates in the log’s order', () => {
    expect(ids(preparedLog(log, today).byDate)).toEqual(['m', 'b', 'a', 'c', 'z', 'a']);
  });

  it('by date, equal dates by id (the same id twice: the log’s order)', () => {
    const prepared = preparedLog(log, today);
    const order = dateIdOrder(prepared);
    expect(ids(order)).toEqual(['m', 'a', 'b', 'a', 'c', 'z']);
    expect(Array.from(order)).toEqual([4, 5, 1, 3, 0, 2]);
    // Worked out once per prepared log.
    expect(dateIdOrder(prepared)).toBe(order);
  });
});
