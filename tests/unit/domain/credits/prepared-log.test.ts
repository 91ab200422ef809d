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

  // The app reads the log through its date index, oldest or newest first; those lists are laid
  // out without sorting, and must come out as a sorted list would.
  const ordered = (dates: string[], ids: string[]) =>
    dates.map((date, k) => activity({ id: ids[k]!, date }));
  const cases: { name: string; list: ReturnType<typeof activity>[] }[] = [
    {
      name: 'oldest first, equal dates out of id order',
      list: ordered(
        ['2025-01-01', '2025-01-01', '2025-02-01', '2025-03-01', '2025-03-01', '2025-03-01'],
        ['q', 'b', 'a', 'z', 'c', 'c'],
      ),
    },
    {
      name: 'newest first, equal dates out of id order',
      list: ordered(
        ['2025-03-01', '2025-03-01', '2025-03-01', '2025-02-01', '2025-01-01', '2025-01-01'],
        ['c', 'z', 'c', 'a', 'b', 'q'],
      ),
    },
    { name: 'one date only', list: ordered(['2025-01-01', '2025-01-01'], ['b', 'a']) },
    { name: 'empty', list: [] },
    {
      name: 'newest first, then one older out of place',
      list: ordered(['2025-03-01', '2025-01-01', '2025-02-01'], ['a', 'b', 'c']),
    },
  ];
  it.each(cases)('a list $name is ordered as sorting it would', ({ list }) => {
    const positions = list.map((_, i) => i);
    const byDate = [...positions].sort((x, y) =>
      list[x]!.date < list[y]!.date ? -1 : list[x]!.date > list[y]!.date ? 1 : x - y,
    );
    const byDateId = [...byDate].sort((x, y) =>
      list[x]!.date !== list[y]!.date
        ? 0
        : list[x]!.id < list[y]!.id
          ? -1
          : list[x]!.id > list[y]!.id
            ? 1
            : 0,
    );
    const prepared = preparedLog(list, today);
    expect(prepared.byDate).toEqual(byDate);
    expect(prepared.dates).toEqual(byDate.map((i) => list[i]!.date));
    expect(Array.from(dateIdOrder(prepared))).toEqual(byDateId);
  });
});
