/**
 * Issue 9: the two pure steps of patched-rows.ts — which keys a committed write names
 * (writtenKeys, also for the plain data another window sends), and the credit log with
 * those rows put in their place (patchRows) — and, end to end, the credit data hook after a
 * save. A patched list always equals the list a read of the whole table would give.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { RangeSet, type IntervalTree } from 'dexie';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CREDIT_DATA_LINGER_MS,
  newestFirst,
  useCreditData,
} from '../../../renderer/src/db/credit-hooks';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { patchRows, writtenKeys } from '../../../renderer/src/db/patched-rows';
import {
  listActivities,
  saveActivity,
  type ActivityRow,
} from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { freshName } from '../../db/helpers';

const node = (
  from: unknown,
  to: unknown,
  l: IntervalTree | null = null,
  r: IntervalTree | null = null,
): IntervalTree => ({ from, to, d: 1, l, r }) as IntervalTree;

describe('writtenKeys: the keys a write names', () => {
  it.each<[string, IntervalTree | undefined, string[] | null]>([
    ['no tree', undefined, []],
    ['an empty tree', { d: 0 }, []],
    ['one key', node('a', 'a'), ['a']],
    ['a key with a left child', node('a', 'a', node('0', '0')), ['0', 'a']],
    ['a key with a right child', node('a', 'a', null, node('b', 'b')), ['a', 'b']],
    [
      'keys two levels deep on both sides',
      node(
        'm',
        'm',
        node('f', 'f', node('c', 'c'), node('h', 'h')),
        node('t', 't', null, node('x', 'x')),
      ),
      ['c', 'f', 'h', 'm', 't', 'x'],
    ],
    ['a range at the top', node('a', 'c'), null],
    ['a range below a key', node('m', 'm', node('a', 'c')), null],
    ['a range deep on the right', node('m', 'm', null, node('t', 't', null, node('x', 'z'))), null],
    ['a number key', node(5, 5), null],
    ['a number key below a string key', node('m', 'm', node(5, 5)), null],
    ['an array key', node(['a'], ['a']), null],
    ['the whole table (a clear or a bulk write)', node(-Infinity, [[]]), null],
  ])('%s', (_, tree, expected) => {
    const keys = writtenKeys(tree);
    expect(keys === null ? null : [...keys].sort()).toEqual(expected);
  });

  it('reads a RangeSet as Dexie builds it, and the same tree sent from another window', () => {
    const written = Array.from({ length: 40 }, (_, i) => `id-${(i * 7919) % 1000}`);
    const set = new RangeSet().addKeys(written);
    const sent = structuredClone(set) as IntervalTree;
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
    expect('addKeys' in sent).toBe(false);
    const expected = [...new Set(written)].sort();
    expect([...(writtenKeys(set) ?? [])].sort()).toEqual(expected);
    expect([...(writtenKeys(sent) ?? [])].sort()).toEqual(expected);
    expect(
      writtenKeys(structuredClone(new RangeSet().addKeys(['a', 'b']).add(new RangeSet('c', 'd')))),
    ).toBe(null);
  });
});

const row = (id: string, date?: string, title = `Entry ${id}`) =>
  ({ id, title, ...(date === undefined ? {} : { date }) }) as unknown as ActivityRow;
const options = {
  keyOf: (a: ActivityRow) => a.id,
  listed: (a: ActivityRow) => typeof a.date === 'string',
  order: newestFirst,
};
/** What reading the table again would list: every listed row, in the log's order. */
const readAgain = (rows: readonly ActivityRow[]) => rows.filter(options.listed).sort(newestFirst);

/** The log before each write: newest first, two entries on 2025-03-01. */
const log = [
  row('e', '2026-01-10'),
  row('d', '2025-03-01'),
  row('b', '2025-03-01'),
  row('c', '2024-06-06'),
  row('a', '2023-02-02'),
];

describe('patchRows: the log with the written rows in their place', () => {
  it.each<[string, string[], (ActivityRow | undefined)[], string[]]>([
    [
      'an edit that keeps the date',
      ['c'],
      [row('c', '2024-06-06', 'Renamed')],
      ['e', 'd', 'b', 'c', 'a'],
    ],
    ['an edit that moves to the top', ['a'], [row('a', '2026-12-01')], ['a', 'e', 'd', 'b', 'c']],
    ['an edit that moves to the end', ['e'], [row('e', '2020-01-01')], ['d', 'b', 'c', 'a', 'e']],
    ['a new entry in the middle', ['n'], [row('n', '2024-12-12')], ['e', 'd', 'b', 'n', 'c', 'a']],
    ['a new entry at the top', ['n'], [row('n', '2027-01-01')], ['n', 'e', 'd', 'b', 'c', 'a']],
    ['a new entry at the end', ['n'], [row('n', '2001-01-01')], ['e', 'd', 'b', 'c', 'a', 'n']],
    [
      'a new entry tied, highest id',
      ['f'],
      [row('f', '2025-03-01')],
      ['e', 'f', 'd', 'b', 'c', 'a'],
    ],
    [
      'a new entry tied, between',
      ['c2'],
      [row('c2', '2025-03-01')],
      ['e', 'd', 'c2', 'b', 'c', 'a'],
    ],
    [
      'a new entry tied, lowest id',
      ['a2'],
      [row('a2', '2025-03-01')],
      ['e', 'd', 'b', 'a2', 'c', 'a'],
    ],
    ['a delete', ['d'], [undefined], ['e', 'b', 'c', 'a']],
    ['a delete of an entry not listed', ['zz'], [undefined], ['e', 'd', 'b', 'c', 'a']],
    ['an entry that lost its date', ['b'], [row('b')], ['e', 'd', 'c', 'a']],
    ['a new entry without a date', ['n'], [row('n')], ['e', 'd', 'b', 'c', 'a']],
    [
      'several writes at once, found out of order',
      ['x', 'e', 'c', 'y', 'b'],
      [
        row('x', '2022-01-01'),
        row('e', '2025-03-01'),
        undefined,
        row('y', '2030-01-01'),
        row('b', '2026-06-06'),
      ],
      ['y', 'b', 'e', 'd', 'a', 'x'],
    ],
  ])('%s', (_, keys, found, expected) => {
    const before = [...log];
    const patched = patchRows(log, keys, found, options);
    expect(patched.map((r) => r.id)).toEqual(expected);
    const untouched = log.filter((r) => !keys.includes(r.id));
    expect(patched).toEqual(readAgain([...untouched, ...found.filter((r) => r !== undefined)]));
    // The rows a user had are not changed in place.
    expect(log).toEqual(before);
  });

  it('puts the new row, not the old one, where it was', () => {
    const renamed = row('c', '2024-06-06', 'Renamed');
    const patched = patchRows(log, ['c'], [renamed], options);
    expect(patched[3]).toBe(renamed);
  });

  it('equals reading the table again, for any log and any write', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    const date = fc.option(fc.constantFrom('2024-01-01', '2024-06-30', '2025-01-01'), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id, date }), { selector: (r) => r.id, maxLength: 10 }),
        fc.uniqueArray(fc.record({ id, date, deleted: fc.boolean() }), {
          selector: (r) => r.id,
          maxLength: 6,
        }),
        (stored, writes) => {
          const table = new Map(stored.map((s) => [s.id, row(s.id, s.date)]));
          const shown = readAgain([...table.values()]);
          const found = writes.map((w) => (w.deleted ? undefined : row(w.id, w.date, 'Written')));
          writes.forEach((w, i) => {
            const f = found[i];
            if (f) table.set(w.id, f);
            else table.delete(w.id);
          });
          const patched = patchRows(
            shown,
            writes.map((w) => w.id),
            found,
            options,
          );
          expect(patched).toEqual(readAgain([...table.values()]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('useCreditData after a save', () => {
  let store: Store | undefined;
  afterEach(() => {
    store?.db.close();
    store = undefined;
  });

  it('lists the saved entry in its place', async () => {
    const s = await openStore(freshName('credit-hook'));
    store = s;
    const saveOn = async (date: string, title: string) => {
      const saved = await saveActivity(
        s,
        {
          date,
          title,
          type: 'course-or-training',
          amount: 8,
          unit: 'hours',
          split: { waysOfWorking: 2, powerSkills: 4, businessAcumen: 2 },
          status: 'earned',
        },
        '2026-11-22',
      );
      if (!saved.ok) throw new Error('entry not saved');
      return saved.value;
    };
    await saveOn('2024-01-01', 'Old course');
    await saveOn('2026-01-01', 'New course');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreProvider store={s}>{children}</StoreProvider>
    );
    const { result, unmount } = renderHook(() => useCreditData(), { wrapper });
    await waitFor(() => expect(result.current?.activities).toHaveLength(2));
    let added!: ActivityRow;
    await act(async () => {
      added = await saveOn('2025-05-05', 'Middle course');
    });
    await waitFor(() => expect(result.current?.activities.map((a) => a.id)).toContain(added.id));
    const fresh = await listActivities(s);
    expect(result.current?.activities).toEqual(fresh);
    expect(result.current?.activities.map((a) => a.title)).toEqual([
      'New course',
      'Middle course',
      'Old course',
    ]);
    unmount();
  });

  it('is kept a while after the last reader leaves: a screen opened again reads nothing', async () => {
    const s = await openStore(freshName('credit-hook-kept'));
    store = s;
    await saveActivity(
      s,
      {
        date: '2026-01-01',
        title: 'A course',
        type: 'course-or-training',
        amount: 8,
        unit: 'hours',
        split: { waysOfWorking: 2, powerSkills: 4, businessAcumen: 2 },
        status: 'earned',
      },
      '2026-11-22',
    );
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreProvider store={s}>{children}</StoreProvider>
    );
    const first = renderHook(() => useCreditData(), { wrapper });
    await waitFor(() => expect(first.result.current?.activities).toHaveLength(1));
    const shown = first.result.current!.activities;
    first.unmount();
    // Longer than reads are usually kept (shared-read.ts), well within the credit log's time.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(CREDIT_DATA_LINGER_MS).toBeGreaterThan(1_500);
    const again = renderHook(() => useCreditData(), { wrapper });
    // At once, and the very rows shown before: nothing was read again.
    expect(again.result.current?.activities).toBe(shown);
    again.unmount();
  });
});
