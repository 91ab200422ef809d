/**
 * The dashboard's "Recent activity" order: newest first, the latest written first on the
 * same day, and entries written together (an import) in the order the credit log lists them.
 */
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../renderer/src/db/credit-summary';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';

const row = (id: string, date: string, updatedAt: string) =>
  ({ id, date, updatedAt }) as unknown as ActivityRow;

describe('recent activity order', () => {
  it('newest day first, then the latest written, then as the log lists them (id, descending)', () => {
    const rows = [
      row('a', '2026-11-20', '2026-11-20T09:00:00.000Z'),
      row('b', '2026-11-21', '2026-11-21T08:00:00.000Z'),
      row('c', '2026-11-21', '2026-11-21T10:00:00.000Z'),
      row('imp-1', '2026-11-22', '2026-11-22T07:00:00.000Z'),
      row('imp-3', '2026-11-22', '2026-11-22T07:00:00.000Z'),
      row('imp-2', '2026-11-22', '2026-11-22T07:00:00.000Z'),
    ];
    expect([...rows].sort(newestFirst).map((r) => r.id)).toEqual([
      'imp-3',
      'imp-2',
      'imp-1',
      'c',
      'b',
      'a',
    ]);
  });
});
